#include "RelayRowsCap.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
CampaignReach reach(qint64 id, int inScope, int responded)
{
    CampaignReach r;
    r.relayId = id;
    r.relayName = QStringLiteral("RPE %1").arg(id);
    r.inScope = inScope;
    r.contacted = inScope;
    r.responded = responded;
    return r;
}
} // namespace

TEST_CASE("A printed summary keeps the largest relays and adds up the others", "[reports]")
{
    SurveySummary s;
    s.reachByRelay = {reach(1, 10, 4), reach(2, 50, 20), reach(3, 30, 9), reach(4, 5, 1)};
    PlacesAtRisk a{1, QStringLiteral("RPE 1"), 1, 3, 2, 6, 3, 9};
    PlacesAtRisk b{2, QStringLiteral("RPE 2"), 0, 0, 1, 4, 5, 20};
    PlacesAtRisk c{3, QStringLiteral("RPE 3"), 0, 0, 0, 0, 1, 2};
    PlacesAtRisk total{0, QString(), 1, 3, 3, 10, 9, 31};
    s.placesAtRisk = {a, b, c, total};
    RelayTrainingWishes w1{
        1, QStringLiteral("RPE 1"), 8, {{QStringLiteral("A"), QStringLiteral("Éveil"), 5}}};
    RelayTrainingWishes w2{2,
                           QStringLiteral("RPE 2"),
                           3,
                           {{QStringLiteral("B"), QStringLiteral("Repas"), 2},
                            {QStringLiteral("A"), QStringLiteral("Éveil"), 1}}};
    RelayTrainingWishes w3{
        3, QStringLiteral("RPE 3"), 2, {{QStringLiteral("A"), QStringLiteral("Éveil"), 2}}};
    s.trainingWishes = {w1, w2, w3};

    const SurveySummary capped = capRelayRows(s, 2);
    REQUIRE(capped.reachByRelay.size() == 3);
    CHECK(capped.reachByRelay[0].relayId == 2);
    CHECK(capped.reachByRelay[1].relayId == 3);
    CHECK(capped.reachByRelay[2].relayId == -1);
    CHECK(capped.reachByRelay[2].relayName == QStringLiteral("2 other relay(s)"));
    CHECK(capped.reachByRelay[2].inScope == 15);
    CHECK(capped.reachByRelay[2].responded == 5);

    REQUIRE(capped.placesAtRisk.size() == 4);
    CHECK(capped.placesAtRisk[0].relayId == 2);
    CHECK(capped.placesAtRisk[1].relayId == 1);
    CHECK(capped.placesAtRisk[2].placesWithin5 == 2);
    CHECK(capped.placesAtRisk[3].relayId == 0); // the total line, unchanged and last
    CHECK(capped.placesAtRisk[3].placesWithin5 == 31);

    REQUIRE(capped.trainingWishes.size() == 3);
    CHECK(capped.trainingWishes[2].respondents == 2);
    REQUIRE(capped.trainingWishes[2].themes.size() == 1);
    CHECK(capped.trainingWishes[2].themes[0].count == 2);

    // Few relays: nothing changes.
    const SurveySummary same = capRelayRows(s, 10);
    CHECK(same.reachByRelay.size() == 4);
    CHECK(same.reachByRelay[0].relayId == 1);
    CHECK(same.placesAtRisk.size() == 4);
}
