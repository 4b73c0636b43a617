#include "CommuneDirectory.h"

#include "TextFolding.h"

#include <QFile>
#include <QIODevice>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <algorithm>

namespace parcours {

const CommuneDirectory& CommuneDirectory::builtin()
{
    static const CommuneDirectory directory = [] {
        CommuneDirectory d;
        QFile communes(QStringLiteral(":/refdata/communes.tsv"));
        QFile epcis(QStringLiteral(":/refdata/epci.tsv"));
        if (communes.open(QIODevice::ReadOnly) && epcis.open(QIODevice::ReadOnly))
            d.load(communes, epcis);
        return d;
    }();
    return directory;
}

bool CommuneDirectory::load(QIODevice& communes, QIODevice& epcis)
{
    // communes.tsv: code, name, departement, postal codes (comma), epci, population, former names (|)
    QTextStream in(&communes);
    in.setEncoding(QStringConverter::Utf8);
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char('\t'));
        if (f.size() < 6 || f[0] == QLatin1String("code"))
            continue;
        Commune c{f[0], f[1], f[2], f[3].split(QLatin1Char(','), Qt::SkipEmptyParts), f[4], f[5].toInt()};
        const int index = int(m_communes.size());
        m_communes.append(c);
        m_byCode.insert(c.code, index);
        for (const auto& cp : c.postalCodes)
            m_byPostalCode.insert(cp, index);
        m_byFoldedName.insert(foldForMatching(c.name), index);
        if (f.size() > 6)
            for (const auto& former : f[6].split(QLatin1Char('|'), Qt::SkipEmptyParts))
                m_byFoldedName.insert(foldForMatching(former), index);
    }
    QTextStream ein(&epcis);
    ein.setEncoding(QStringConverter::Utf8);
    while (!ein.atEnd()) {
        const QStringList f = ein.readLine().split(QLatin1Char('\t'));
        if (f.size() < 3 || f[0] == QLatin1String("code"))
            continue;
        m_epcis.insert(f[0], Epci{f[0], f[1], f[2].split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return !m_communes.isEmpty();
}

std::optional<Commune> CommuneDirectory::byCode(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    if (it == m_byCode.constEnd())
        return std::nullopt;
    return m_communes.at(*it);
}

QList<Commune> CommuneDirectory::byPostalCode(const QString& postalCode) const
{
    QList<Commune> out;
    for (auto it = m_byPostalCode.constFind(postalCode);
         it != m_byPostalCode.constEnd() && it.key() == postalCode; ++it)
        out.append(m_communes.at(*it));
    std::sort(out.begin(), out.end(), [](const Commune& a, const Commune& b) { return a.name < b.name; });
    return out;
}

std::optional<Commune> CommuneDirectory::find(const QString& postalCode, const QString& name) const
{
    QString folded = foldForMatching(name);
    // "St Mihiel", "Ste Menehould": the abbreviations people type.
    // Compiled once: an import asks for every line.
    static const QRegularExpression sainte(QStringLiteral("\\bste\\b"));
    static const QRegularExpression saint(QStringLiteral("\\bst\\b"));
    folded.replace(sainte, QStringLiteral("sainte"));
    folded.replace(saint, QStringLiteral("saint"));
    std::optional<Commune> fallback;
    for (auto it = m_byFoldedName.constFind(folded); it != m_byFoldedName.constEnd() && it.key() == folded;
         ++it) {
        const Commune& c = m_communes.at(*it);
        if (postalCode.isEmpty() || c.postalCodes.contains(postalCode))
            return c;
        if (!fallback)
            fallback = c;
    }
    if (fallback || !folded.isEmpty())
        return fallback;
    // No name at all: a postal code serving a single commune settles it.
    const QList<Commune> served = byPostalCode(postalCode);
    if (served.size() == 1)
        return served.front();
    return std::nullopt;
}

bool CommuneDirectory::postalCodeServes(const QString& postalCode, const QString& communeCode) const
{
    const auto c = byCode(communeCode);
    return c && c->postalCodes.contains(postalCode);
}

QList<Commune> CommuneDirectory::inDepartement(const QString& departement) const
{
    QList<Commune> out;
    for (const auto& c : m_communes)
        if (c.departement == departement)
            out.append(c);
    return out;
}

QList<Epci> CommuneDirectory::epcisOfDepartement(const QString& departement) const
{
    QList<Epci> out;
    for (const auto& e : m_epcis)
        if (e.departements.contains(departement))
            out.append(e);
    std::sort(out.begin(), out.end(), [](const Epci& a, const Epci& b) { return a.name < b.name; });
    return out;
}

std::optional<Epci> CommuneDirectory::epci(const QString& code) const
{
    const auto it = m_epcis.constFind(code);
    if (it == m_epcis.constEnd())
        return std::nullopt;
    return *it;
}

QList<Commune> CommuneDirectory::membersOf(const QString& epciCode) const
{
    QList<Commune> out;
    for (const auto& c : m_communes)
        if (c.epciCode == epciCode)
            out.append(c);
    return out;
}

QStringList CommuneDirectory::departements() const
{
    QSet<QString> seen;
    for (const auto& c : m_communes)
        seen.insert(c.departement);
    QStringList out(seen.begin(), seen.end());
    out.sort();
    return out;
}

} // namespace parcours
