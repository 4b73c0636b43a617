#include "PmiCsvWriter.h"

#include "BenchError.h"
#include "CommuneDirectory.h"
#include "DemoNames.h"
#include "DemoTerritory.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QStringList>

namespace parcours::bench {

namespace {

// The Windows-1252 bytes 0x80-0x9F that are not the Latin-1 control codes.
constexpr struct
{
    char16_t unicode;
    unsigned char byte;
} kCp1252Extras[] = {
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
    {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
    {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95},
    {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
    {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
};

QString field(const QString& text)
{
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return text;
}

// "Hélène" -> "helene", for e-mail addresses.
QString asciiWord(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.isLetter() && c.unicode() < 0x80)
            out += c.toLower();
    return out;
}

QString date(const QDate& d, int style)
{
    // The spellings seen in real lists (see tests/data/pmi).
    switch (style) {
    case 0:
        return d.toString(QStringLiteral("dd/MM/yyyy"));
    case 1:
        return d.toString(QStringLiteral("dd/MM/yy"));
    default:
        return d.toString(QStringLiteral("dd.MM.yyyy"));
    }
}

} // namespace

QByteArray PmiCsvWriter::toWindows1252(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF)) {
            out.append(char(u));
            continue;
        }
        char byte = '?';
        for (const auto& e : kCp1252Extras)
            if (e.unicode == u)
                byte = char(e.byte);
        out.append(byte);
    }
    return out;
}

void PmiCsvWriter::write(const QString& path, int rows, quint32 seed)
{
    const DemoNames names = DemoNames::load();
    QRandomGenerator rng(seed ^ 0x0B3Cu);
    const demo::DemoTerritory territory =
        demo::DemoTerritory::departement(CommuneDirectory::builtin(), QStringLiteral("55"), rng);
    if (territory.isEmpty())
        throw BenchError(QStringLiteral("No commune of the Meuse in the reference data."));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw BenchError(QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()));
    const QStringList header = {QStringLiteral("Nom d'usage"),
                                QStringLiteral("Prénom"),
                                QStringLiteral("Nom de naissance"),
                                QStringLiteral("Né(e) le"),
                                QStringLiteral("Adresse"),
                                QStringLiteral("CP"),
                                QStringLiteral("Ville"),
                                QStringLiteral("Tél."),
                                QStringLiteral("E-mail "),
                                QStringLiteral("N° d'agrément"),
                                QStringLiteral("Date 1er agrément"),
                                QStringLiteral("Fin de validité"),
                                QStringLiteral("Nb. de places"),
                                QStringLiteral("Lieu d'exercice")};
    file.write(toWindows1252(header.join(QLatin1Char(';')) + QStringLiteral("\r\n")));

    const QStringList places = {QStringLiteral("Domicile"), QStringLiteral("Domicile"), QStringLiteral("MAM"),
                                QStringLiteral("Domicile et MAM")};
    const QStringList mailHosts = {QStringLiteral("orange.fr"), QStringLiteral("wanadoo.fr"),
                                   QStringLiteral("free.fr"), QStringLiteral("gmail.com"),
                                   QStringLiteral("laposte.net")};
    const QDate today = QDate::currentDate();
    QSet<QString> identities;
    for (int i = 0; i < rows; ++i) {
        auto pick = [&](const QStringList& list) { return list.at(int(rng.bounded(quint32(list.size())))); };
        const bool woman = rng.bounded(100u) < 97;
        const QString first = pick(woman ? names.femaleFirstNames : names.maleFirstNames);
        const QString surname = pick(names.surnames);
        const QString birthName = woman && rng.bounded(100u) < 40 ? pick(names.surnames) : QString();
        // The importer takes the same first name and date of birth with either
        // surname (usage or birth) for one person listed twice, and rightly
        // refuses the line: one first name per date of birth, whatever the names.
        QDate born;
        do
            born = QDate(1958, 1, 1).addDays(qint64(rng.bounded(365u * 42)));
        while (identities.contains(asciiWord(first) + QLatin1Char('|') + born.toString(Qt::ISODate)));
        identities.insert(asciiWord(first) + QLatin1Char('|') + born.toString(Qt::ISODate));
        const demo::DemoCommune& commune = territory.pick(rng);
        const QString postal = commune.postalCodes.isEmpty() ? QString() : commune.postalCodes.first();
        const QDate start = today.addDays(-qint64(rng.bounded(365u * 12)));
        const bool endGiven = rng.bounded(100u) < 85;
        const QString phone = QStringLiteral("03 29 %1 %2 %3")
                                  .arg(rng.bounded(100u), 2, 10, QLatin1Char('0'))
                                  .arg(rng.bounded(100u), 2, 10, QLatin1Char('0'))
                                  .arg(rng.bounded(100u), 2, 10, QLatin1Char('0'));
        const QString email = rng.bounded(100u) < 70 ? QStringLiteral("%1.%2%3@%4")
                                                           .arg(asciiWord(first), asciiWord(surname))
                                                           .arg(i)
                                                           .arg(pick(mailHosts))
                                                     : QString();
        const int dateStyle = int(rng.bounded(3u));
        const QStringList record = {
            surname.toUpper(),
            first,
            birthName.toUpper(),
            date(born, dateStyle),
            QStringLiteral("%1 %2").arg(1 + rng.bounded(80u)).arg(pick(names.streets)),
            postal,
            commune.name,
            phone,
            email,
            QStringLiteral("55-%1-%2").arg(start.year()).arg(i + 1, 6, 10, QLatin1Char('0')),
            date(start, dateStyle),
            endGiven ? date(start.addYears(5).addDays(-1), dateStyle) : QString(),
            QString::number(1 + rng.bounded(4u)),
            pick(places),
        };
        QStringList cells;
        for (const QString& cell : record)
            cells << field(cell);
        file.write(toWindows1252(cells.join(QLatin1Char(';')) + QStringLiteral("\r\n")));
    }
    if (!file.commit())
        throw BenchError(QStringLiteral("%1 cannot be written: %2").arg(path, file.errorString()));
}

} // namespace parcours::bench
