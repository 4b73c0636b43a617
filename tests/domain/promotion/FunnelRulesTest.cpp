#include "FunnelRules.h"
#include "Partner.h"
#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
FunnelCount count(ProspectChannel channel, ProspectStage furthest, int n, bool dropped = false)
{
    return FunnelCount{channel, furthest, dropped, n};
}

int reached(const FunnelSeries& s, ProspectStage stage)
{
    for (const auto& row : s.stages)
        if (row.stage == stage)
            return row.reached;
    return -1;
}
} // namespace

TEST_CASE("funnel counts every stage up to the furthest reached, dropped prospects included", "[funnel]")
{
    // 10 forum prospects: 4 only interested, 3 went to training (1 of whom dropped),
    // 2 approved, 1 minding her first child. 5 word-of-mouth: 3 interested (2 dropped), 2 filed.
    const QList<FunnelCount> counts = {
        count(ProspectChannel::JobForum, ProspectStage::Interested, 4),
        count(ProspectChannel::JobForum, ProspectStage::Training, 2),
        count(ProspectChannel::JobForum, ProspectStage::Training, 1, true),
        count(ProspectChannel::JobForum, ProspectStage::Approved, 2),
        count(ProspectChannel::JobForum, ProspectStage::FirstChild, 1),
        count(ProspectChannel::WordOfMouth, ProspectStage::Interested, 1),
        count(ProspectChannel::WordOfMouth, ProspectStage::Interested, 2, true),
        count(ProspectChannel::WordOfMouth, ProspectStage::ApplicationFiled, 2),
    };
    const FunnelReport report = FunnelRules::build(counts, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const FunnelSeries& all = report.overall;
    CHECK(all.total == 15);
    CHECK(all.dropped == 3);
    REQUIRE(all.stages.size() == 7);
    CHECK(reached(all, ProspectStage::Interested) == 15);
    CHECK(reached(all, ProspectStage::InfoMeeting) == 8); // 3+2+1 forum, 2 word of mouth
    CHECK(reached(all, ProspectStage::Immersion) == 8);   // skipped stages count as reached
    CHECK(reached(all, ProspectStage::Training) == 8);
    CHECK(reached(all, ProspectStage::ApplicationFiled) == 5); // 2+1 forum, 2 word of mouth
    CHECK(reached(all, ProspectStage::Approved) == 3);
    CHECK(reached(all, ProspectStage::FirstChild) == 1);
    CHECK(all.stages[0].conversion == Approx(1.0));
    CHECK(all.stages[1].conversion == Approx(8.0 / 15));
    CHECK(all.stages[2].conversion == Approx(1.0));
    CHECK(all.stages[4].conversion == Approx(5.0 / 8));
    CHECK(all.stages[5].conversion == Approx(3.0 / 5));
    CHECK(all.stages[6].conversion == Approx(1.0 / 3));
    CHECK(all.stages[5].shareOfTotal == Approx(3.0 / 15));

    REQUIRE(report.byChannel.size() == 2); // channels with nobody are left out
    CHECK(report.byChannel[0].channel == ProspectChannel::JobForum);
    CHECK(report.byChannel[0].total == 10);
    CHECK(reached(report.byChannel[0], ProspectStage::Training) == 6);
    CHECK(report.byChannel[1].channel == ProspectChannel::WordOfMouth);
    CHECK(report.byChannel[1].dropped == 2);
    CHECK(reached(report.byChannel[1], ProspectStage::InfoMeeting) == 2);
    CHECK(report.byChannel[1].stages[1].conversion == Approx(2.0 / 5));
}

TEST_CASE("funnel restricted to one channel and an empty funnel", "[funnel]")
{
    const QList<FunnelCount> counts = {
        count(ProspectChannel::JobForum, ProspectStage::Approved, 2),
        count(ProspectChannel::FranceTravail, ProspectStage::Immersion, 3),
    };
    const FunnelReport report = FunnelRules::build(counts, {}, {}, ProspectChannel::FranceTravail);
    CHECK(report.overall.total == 3);
    CHECK(reached(report.overall, ProspectStage::Immersion) == 3);
    CHECK(reached(report.overall, ProspectStage::Training) == 0);
    CHECK(report.overall.stages[3].conversion == Approx(0.0));
    REQUIRE(report.byChannel.size() == 1);

    const FunnelReport empty = FunnelRules::build({});
    CHECK(empty.overall.total == 0);
    CHECK(empty.overall.stages[0].conversion == Approx(0.0)); // no division by zero
    CHECK(empty.byChannel.isEmpty());
}

TEST_CASE("reached stages fill in the skipped ones and ignore the drop", "[funnel]")
{
    const QList<ProspectStageEntry> history = {
        {1, ProspectStage::Interested, QDate(2025, 3, 1), {}},
        {2, ProspectStage::Training, QDate(2025, 5, 1), {}},
        {3, ProspectStage::Dropped, QDate(2025, 6, 1), QStringLiteral("déménagement")},
    };
    const auto stages = FunnelRules::reachedStages(history);
    REQUIRE(stages.size() == 4);
    CHECK(stages.last() == ProspectStage::Training);
    CHECK(FunnelRules::reachedStages({}).isEmpty());
    CHECK(stageRank(ProspectStage::FirstChild) == 6);
    CHECK(stageRank(ProspectStage::Dropped) == -1);
    CHECK(nextStage(ProspectStage::Approved) == ProspectStage::FirstChild);
    CHECK_FALSE(nextStage(ProspectStage::FirstChild).has_value());
    CHECK_FALSE(nextStage(ProspectStage::Dropped).has_value());
    CHECK(prospectStageFromKey(QStringLiteral("application_filed")) == ProspectStage::ApplicationFiled);
    CHECK(prospectChannelKey(ProspectChannel::IntegrationEmployer) == QStringLiteral("integration_employer"));
    CHECK(partnerKindFromKey(QStringLiteral("iperia_body")) == PartnerKind::IperiaBody);
}
