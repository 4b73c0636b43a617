#include "AppContext.h"
#include "ChildminderService.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {
const FixedClock kClock(QDate(2026, 11, 29));
} // namespace

// Issue 6: two workstations on the shared server (ConcurrentWritersTest runs
// the many-rounds version on both backends). Both open one person; the first
// save wins, the second is told and, after reading again, keeps both changes.
TEST_CASE("On a shared server the second of two saves of one record is a conflict, never an overwrite",
          "[postgresql-only]")
{
    if (!testingOnServer()) {
        WARN("needs the PostgreSQL run (PARCOURS_TEST_BACKEND=postgresql)");
        return;
    }
    const ServerSettings server = testServerSettings();
    auto first = AppContext::openServer(server, kClock);
    first->setSession(Session::system());
    auto second = AppContext::openServer(server, kClock);
    second->setSession(Session::system());
    ChildminderService one(*first);
    ChildminderService two(*second);
    Childminder p;
    p.usageName = QStringLiteral("Partagée");
    p.firstName = QStringLiteral("Anne");
    REQUIRE(one.save(p).isEmpty());

    ChildminderFile atFirst = *one.open(p.id);
    ChildminderFile atSecond = *two.open(p.id);
    atFirst.person.phone = QStringLiteral("03 29 79 00 00");
    atSecond.person.email = QStringLiteral("anne@example.fr");
    REQUIRE(one.save(atFirst.person).isEmpty());
    CHECK_THROWS_AS(two.save(atSecond.person), ConcurrencyConflict);
    ChildminderFile again = *two.open(p.id);
    again.person.email = QStringLiteral("anne@example.fr");
    REQUIRE(two.save(again.person).isEmpty());
    const ChildminderFile stored = *one.open(p.id);
    CHECK(stored.person.phone == QStringLiteral("03 29 79 00 00"));
    CHECK(stored.person.email == QStringLiteral("anne@example.fr"));
}
