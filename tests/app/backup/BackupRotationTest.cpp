#include "BackupRotation.h"
#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
// Names as BackupService writes them: "<base>_<UTC time>Z_<reason>.sqlite".
QString named(QDate date, int hour, const QString& reason)
{
    return QStringLiteral("parcours_%1_%2-00-00Z_%3.sqlite")
        .arg(date.toString(Qt::ISODate))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(reason);
}

QString daily(int year, int month, int day, int hour = 18)
{
    return named(QDate(year, month, day), hour, QStringLiteral("quotidienne"));
}
} // namespace

TEST_CASE("Rotation keeps 7 daily, 4 weekly and 12 monthly backups", "[app][backup][rotation]")
{
    // One backup a day from 2025-09-01 to 2026-11-28 (Saturday), plus a
    // second one on 2026-11-28 and manual and pre-migration backups.
    QStringList names;
    for (QDate d(2025, 9, 1); d <= QDate(2026, 11, 28); d = d.addDays(1))
        names << daily(d.year(), d.month(), d.day());
    names << daily(2026, 11, 28, 8);
    const QString manual = named(QDate(2025, 1, 1), 9, QStringLiteral("manuelle"));
    const QString migration = named(QDate(2024, 6, 1), 9, QStringLiteral("avant-migration-v5"));
    names << manual << migration << QStringLiteral("notes.txt");

    const QStringList doomed = BackupRotation::toDelete(names);
    QStringList kept;
    for (const QString& n : names)
        if (!doomed.contains(n))
            kept << n;
    kept.sort();

    // Hand-computed: daily 22-28 Nov (18:00); weekly = newest of ISO weeks
    // 48 (28 Nov, already kept), 47 (22 Nov, kept), 46 (Sun 15 Nov), 45 (Sun 8 Nov);
    // monthly = newest of Nov 2026 (kept) and the last day of Oct 2026 back to
    // Dec 2025 (11 more months).
    QStringList expected;
    for (int day = 22; day <= 28; ++day)
        expected << daily(2026, 11, day);
    expected << daily(2026, 11, 15) << daily(2026, 11, 8);
    for (QDate m(2025, 12, 1); m < QDate(2026, 11, 1); m = m.addMonths(1))
        expected << daily(m.year(), m.month(), m.daysInMonth());
    expected << manual << migration << QStringLiteral("notes.txt");
    expected.sort();
    CHECK(kept == expected);
    CHECK(kept.size() == 7 + 2 + 11 + 3);
    CHECK(doomed.contains(daily(2026, 11, 28, 8))); // the older of two on one day
    CHECK(doomed.contains(daily(2025, 11, 30)));    // the 13th month back
}

TEST_CASE("Rotation of a few backups deletes nothing and counts periods, not days", "[app][backup][rotation]")
{
    // Three backups months apart: each is the newest of its day, week and month.
    const QStringList names = {daily(2026, 1, 5), daily(2026, 6, 1), daily(2026, 11, 28)};
    CHECK(BackupRotation::toDelete(names).isEmpty());
    BackupRotationPolicy one;
    one.daily = 1;
    one.weekly = 1;
    one.monthly = 1;
    CHECK(BackupRotation::toDelete(names, one) == QStringList{daily(2026, 1, 5), daily(2026, 6, 1)});
}
