#include "DemoRetention.h"
#include "AppContext.h"
#include "DemoDataGenerator.h"
#include "FixedClock.h"
#include "IsolationService.h"
#include "MamRepository.h"
#include "QtStringMaker.h"
#include "RetentionService.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
struct Demo
{
    FixedClock clock{QDate(2026, 6, 15)};
    std::unique_ptr<AppContext> app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    int added = 0;

    explicit Demo(quint32 seed)
    {
        DemoDataGenerator(app->childminders(), app->approvals(), app->relays(), app->mams(),
                          app->transactions(), app->clock(), app->rules())
            .generate(400, seed);
        added = DemoRetention(*app).generate(seed);
    }
};

QList<int> isolatedCounts(AppContext& app)
{
    QList<int> counts;
    for (const auto& row : IsolationService(app).byRelay())
        counts << row.isolated;
    return counts;
}
} // namespace

TEST_CASE("Demo retention data: activities within 18 months, RPEs unequally isolated, MAM actions")
{
    Demo demo(11);
    CHECK(demo.added > 0);
    RetentionService service(*demo.app);
    const auto activities = service.activities({QDate(), QDate(), 0, 0, 1000});
    REQUIRE(activities.size() > 10);
    int attended = 0;
    for (const auto& row : activities) {
        CHECK(row.activity.date >= QDate(2024, 12, 1));
        CHECK(row.activity.date <= QDate(2026, 6, 15));
        attended += row.attendance;
    }
    CHECK(attended > 0);

    const auto rows = IsolationService(*demo.app).byRelay();
    REQUIRE(rows.size() >= 2);
    double lowest = 1, highest = 0;
    int isolated = 0;
    for (const auto& r : rows) {
        if (r.relayId == 0 || r.active < 10)
            continue;
        const double share = double(r.isolated) / r.active;
        lowest = std::min(lowest, share);
        highest = std::max(highest, share);
        isolated += r.isolated;
    }
    CHECK(isolated > 0);
    CHECK(highest - lowest > 0.1); // some RPEs gather their childminders better than others

    int actions = 0;
    for (const auto& mam : demo.app->mams().all())
        actions += int(service.supportActions(mam.id).size());
    CHECK(actions >= int(demo.app->mams().all().size()));
}

TEST_CASE("Demo retention data is the same for the same seed")
{
    Demo a(5);
    Demo b(5);
    CHECK(a.added == b.added);
    CHECK(isolatedCounts(*a.app) == isolatedCounts(*b.app));
}
