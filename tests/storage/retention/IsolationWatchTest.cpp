#include "QtStringMaker.h"
#include "RetentionStorageFixture.h"

#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {
// Today 15/06/2026 with a 12-month window: anything from 15/06/2025 counts.
const QDate kToday(2026, 6, 15);
const QDate kSince(2025, 6, 15);

struct Register : RetentionStore
{
    qint64 north = relay(QStringLiteral("RPE Nord"));
    qint64 south = relay(QStringLiteral("RPE Sud"));
    qint64 aubert = person(QStringLiteral("Aubert"), north);   // nothing at all: isolated
    qint64 bernard = person(QStringLiteral("Bernard"), north); // activity in the window
    qint64 colin = person(QStringLiteral("Colin"), north);     // activity the day before the window: isolated
    qint64 dubois = person(QStringLiteral("Dubois"), north);   // completed contact on the first day
    qint64 etienne = person(QStringLiteral("Etienne"), north); // message left only: isolated
    qint64 fabre = person(QStringLiteral("Fabre"), north);     // attended a session with an RPE
    qint64 girard = person(QStringLiteral("Girard"), north);   // attended a session with no RPE: isolated
    qint64 henry = person(QStringLiteral("Henry"), north); // enrolled at an RPE session, never came: isolated
    qint64 isnard = person(QStringLiteral("Isnard"), north, QDate(2026, 1, 1)); // agrément ended
    qint64 jacob = person(QStringLiteral("Jacob"), north, QDate(2029, 1, 1), ChildminderStatus::Suspended);
    qint64 klein = person(QStringLiteral("Klein"), south); // isolated, other RPE
    qint64 lemoine = person(QStringLiteral("Lemoine"), 0); // no RPE, only a planned activity: isolated

    Register()
    {
        retention.addAttendance(activity(QStringLiteral("Éveil musical"), QDate(2025, 9, 1), north), bernard);
        retention.addAttendance(activity(QStringLiteral("Motricité"), QDate(2025, 6, 14), north), colin);
        contact(dubois, QStringLiteral("2025-06-15T09:00:00"), QStringLiteral("completed"));
        contact(etienne, QStringLiteral("2026-01-10T10:00:00"), QStringLiteral("message_left"));
        enrol(session(QStringLiteral("Sommeil"), QDate(2026, 2, 1), north), fabre,
              QStringLiteral("attended"));
        enrol(session(QStringLiteral("Gestes"), QDate(2026, 2, 1), 0), girard, QStringLiteral("completed"));
        enrol(session(QStringLiteral("Écrans"), QDate(2026, 3, 1), north), henry, QStringLiteral("enrolled"));
        retention.addAttendance(activity(QStringLiteral("Soirée"), QDate(2026, 7, 1), 0), lemoine);
    }
};
} // namespace

TEST_CASE("Isolation counts per RPE take only working childminders with nothing in the window")
{
    Register r;
    const auto rows = r.retention.isolationByRelay(kToday, kSince);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].relayName == QStringLiteral("RPE Nord"));
    CHECK(rows[0].active == 8); // Isnard (agrément ended) and Jacob (suspended) are not working
    CHECK(rows[0].isolated == 5);
    CHECK(rows[1].relayId == r.south);
    CHECK(rows[1].active == 1);
    CHECK(rows[1].isolated == 1);
    CHECK(rows[2].relayId == 0); // people with no RPE come last
    CHECK(rows[2].isolated == 1);
    CHECK(r.retention.countIsolated(r.north, kToday, kSince) == 5);
    CHECK(r.retention.countIsolated(0, kToday, kSince) == 1);
    CHECK(r.retention.countIsolatedAll(kToday, kSince) == 7);
}

TEST_CASE("The isolated list of an RPE shows the never-seen first and pages in SQL")
{
    Register r;
    const auto list = r.retention.isolated(r.north, kToday, kSince, 0, 100);
    QStringList names;
    for (const auto& row : list)
        names << row.name.section(QLatin1Char(' '), 0, 0).toUpper();
    CHECK(names == QStringList{QStringLiteral("AUBERT"), QStringLiteral("ETIENNE"), QStringLiteral("GIRARD"),
                               QStringLiteral("HENRY"), QStringLiteral("COLIN")});
    CHECK(list.last().lastActivity == QDate(2025, 6, 14));
    CHECK_FALSE(list.first().lastActivity.isValid());

    const auto page = r.retention.isolated(r.north, kToday, kSince, 3, 2);
    REQUIRE(page.size() == 2);
    CHECK(page[0].childminderId == r.henry);
    CHECK(page[1].childminderId == r.colin);
}

TEST_CASE("Moving the window changes who is isolated")
{
    Register r;
    // A month later, Dubois's contact of 15/06/2025 is out of the window; so is
    // Bernard's activity by September 2026.
    CHECK(r.retention.countIsolated(r.north, QDate(2026, 7, 15), QDate(2025, 7, 15)) == 6);
    CHECK(r.retention.countIsolated(r.north, QDate(2026, 9, 2), QDate(2025, 9, 2)) == 7);
    // With the planned activity done (today past it), Lemoine is no longer isolated.
    CHECK(r.retention.countIsolated(0, QDate(2026, 7, 1), QDate(2025, 7, 1)) == 0);
}
