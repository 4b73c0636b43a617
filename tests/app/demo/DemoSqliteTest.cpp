#include "AlertRules.h"
#include "AppContext.h"
#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "DemoDataGenerator.h"
#include "DemoTestSupport.h"
#include "MamRepository.h"
#include "QtStringMaker.h"
#include "RelayRepository.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>

#include <iostream>

using namespace parcours;

// The generator against the real SQLite storage (in memory): what the
// `parcours-cli demo` command and the first-run dialog do.

namespace {
DemoSummary generateInto(AppContext& app, int size, quint32 seed)
{
    DemoDataGenerator generator(app.childminders(), app.approvals(), app.relays(), app.mams(),
                                app.transactions(), app.clock(), app.rules());
    return generator.generate(size, seed);
}
} // namespace

TEST_CASE("Demo data in SQLite: a Meuse register the dashboard and lists can use")
{
    const FixedClock clock(testing::kDemoToday);
    const auto app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    const DemoSummary s = generateInto(*app, 1100, 2026);

    CHECK(s.childminders == 1100);
    CHECK(app->childminders().count({}) == 1100);
    CHECK(app->relays().all().size() == 16);
    CHECK(int(app->mams().all().size()) == s.mams);

    const RegisterStatistics stats = app->childminders().statistics(testing::kDemoToday);
    CHECK(stats.totalChildminders == 1100);
    CHECK(stats.activeChildminders > 800);
    CHECK(stats.places > 2500);
    CHECK(stats.byRelay.size() >= 16);

    // The stored copy of her current agrément drives the list's sort and filter.
    ChildminderQuery ending;
    ending.approvalEndingBefore = testing::kDemoToday.addMonths(6);
    CHECK(app->childminders().count(ending) > 20);
    CHECK(app->childminders().alertCandidates(testing::kDemoToday, testing::kDemoToday.addMonths(6)).size() >
          20);

    // Approval numbers are searchable and lead back to their holder.
    const auto first = app->childminders().list({}).front();
    const QList<Approval> history = app->approvals().forChildminder(first.id);
    if (!history.isEmpty())
        CHECK(app->childminders().findByApprovalNumber(history.front().number) == first.id);

    int mamAlerts = 0;
    for (const Mam& mam : app->mams().all())
        mamAlerts += int(AlertRules(app->rules()).alertsFor(mam, testing::kDemoToday).size());
    CHECK(mamAlerts >= 1);
}

// Hidden: `test_app "[.bench]"`. Prints the time to write into SQLite in memory.
TEST_CASE("Demo data in SQLite timing: 1,100 then 250,000 people", "[.bench]")
{
    const FixedClock clock(testing::kDemoToday);
    QElapsedTimer timer;
    for (int size : {1100, 250000}) {
        const auto app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
        timer.start();
        const DemoSummary s = generateInto(*app, size, 1);
        std::cout << size << " people into SQLite (in memory): " << timer.elapsed() << " ms; " << s.relays
                  << " relays, " << s.mams << " MAMs, " << s.approvals << " agréments\n";
        CHECK(app->childminders().count({}) == size);
    }
}
