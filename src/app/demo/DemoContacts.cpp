#include "DemoContacts.h"

#include "DemoRandom.h"
#include "TextFolding.h"

namespace parcours::demo {

namespace {
// Landline area of each mainland département (the first digit after 0), as
// the ARCEP numbering plan splits France into five zones.
// Codes are space-delimited on both sides so a substring search finds whole codes.
const char* const kZone1 = " 75 77 78 91 92 93 94 95 ";
const char* const kZone2 = " 14 18 22 27 28 29 35 36 37 41 44 45 49 50 53 56 61 72 76 85 ";
const char* const kZone3 = " 02 08 10 21 25 39 51 52 54 55 57 58 59 60 62 67 68 70 71 80 88 89 90 ";
const char* const kZone5 = " 09 12 16 17 19 23 24 31 32 33 40 46 47 64 65 79 81 82 86 87 ";

struct KnownPrefix
{
    const char* departement;
    const char* landline;
    const char* mobile; // nullptr: 06/07 like the mainland
};

// Real second pairs where the demo is most likely looked at closely (Meuse
// and its neighbours) and overseas, where the whole prefix differs.
const KnownPrefix kKnown[] = {
    {"55", "03 29", nullptr},  {"88", "03 29", nullptr},  {"54", "03 83", nullptr},
    {"57", "03 87", nullptr},  {"51", "03 26", nullptr},  {"08", "03 24", nullptr},
    {"52", "03 25", nullptr},  {"10", "03 25", nullptr},  {"67", "03 88", nullptr},
    {"68", "03 89", nullptr},  {"75", "01 44", nullptr},  {"13", "04 91", nullptr},
    {"69", "04 78", nullptr},  {"971", "05 90", "06 90"}, {"972", "05 96", "06 96"},
    {"973", "05 94", "06 94"}, {"974", "02 62", "06 92"}, {"976", "02 69", "06 39"},
};

const KnownPrefix* known(const QString& departement)
{
    for (const auto& k : kKnown)
        if (departement == QLatin1String(k.departement))
            return &k;
    return nullptr;
}

bool inZone(const char* zone, const QString& departement)
{
    return QLatin1String(zone).contains(QLatin1Char(' ') + departement + QLatin1Char(' '));
}

QString pair(int value)
{
    return QString::number(value).rightJustified(2, QLatin1Char('0'));
}
} // namespace

QString landlinePrefix(const QString& departement)
{
    if (const auto* k = known(departement))
        return QLatin1String(k->landline);
    const char zone = inZone(kZone1, departement)   ? '1'
                      : inZone(kZone2, departement) ? '2'
                      : inZone(kZone3, departement) ? '3'
                      : inZone(kZone5, departement) ? '5'
                                                    : '4';
    // A stable second pair per département: computed from its code, not from
    // qHash, which is salted per process and would break reproducibility.
    int code = 0;
    for (const QChar c : departement)
        code = code * 31 + c.unicode();
    return QStringLiteral("0%1 %2").arg(QLatin1Char(zone)).arg(pair(20 + code % 80));
}

QString phoneNumber(QRandomGenerator& rng, const QString& departement, bool mobile)
{
    QString prefix;
    if (!mobile)
        prefix = landlinePrefix(departement);
    else if (const auto* k = known(departement); k && k->mobile)
        prefix = QLatin1String(k->mobile);
    else
        prefix =
            (chance(rng, 700) ? QStringLiteral("06 ") : QStringLiteral("07 ")) + pair(between(rng, 10, 99));
    return prefix + QLatin1Char(' ') + pair(between(rng, 10, 99)) + QLatin1Char(' ') +
           pair(between(rng, 0, 99)) + QLatin1Char(' ') + pair(between(rng, 0, 99));
}

QString slug(const QString& text, QChar separator)
{
    return foldForMatching(text).split(QLatin1Char(' '), Qt::SkipEmptyParts).join(separator);
}

QString personalEmail(QRandomGenerator& rng, const QString& firstName, const QString& surname)
{
    static const QStringList domains = {QStringLiteral("courriel.example"),
                                        QStringLiteral("messagerie.example"),
                                        QStringLiteral("webmail.example"), QStringLiteral("boite.example")};
    const QString first = slug(firstName, QLatin1Char('-'));
    const QString last = slug(surname, QLatin1Char('-'));
    QString local;
    switch (weighted(rng, {50, 15, 15, 20})) {
    case 0:
        local = first + QLatin1Char('.') + last;
        break;
    case 1:
        local = last + QLatin1Char('.') + first;
        break;
    case 2:
        local = first.left(1) + last;
        break;
    default:
        local = first + QLatin1Char('.') + last + QString::number(between(rng, 1, 99));
        break;
    }
    return local + QLatin1Char('@') + pick(rng, domains);
}

QString streetAddress(QRandomGenerator& rng, const QStringList& streets, int population)
{
    const int highest = population > 5000 ? 140 : population > 800 ? 60 : 25;
    QString number = QString::number(between(rng, 1, highest));
    if (chance(rng, 30))
        number += QStringLiteral(" bis");
    return number + QLatin1Char(' ') + pick(rng, streets);
}

QString ofPlace(const QString& name)
{
    if (name.startsWith(QLatin1String("Le ")))
        return QStringLiteral("du ") + name.mid(3);
    if (name.startsWith(QLatin1String("Les ")))
        return QStringLiteral("des ") + name.mid(4);
    const QString folded = foldForMatching(name.left(1));
    if (!folded.isEmpty() && QStringLiteral("aeiouy").contains(folded.at(0)))
        return QStringLiteral("d'") + name;
    return QStringLiteral("de ") + name;
}

} // namespace parcours::demo
