#include "AppContext.h"
#include "CampaignService.h"
#include "ContactService.h"
#include "DemoDataGenerator.h"
#include "DemoSurveyCampaigns.h"
#include "DemoTestSupport.h"
#include "QtStringMaker.h"
#include "ResponseRules.h"
#include "ResponseService.h"
#include "TestDatabase.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
struct DemoWithCampaigns
{
    FixedClock clock{testing::kDemoToday};
    std::unique_ptr<AppContext> app = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    DemoCampaignSummary summary;

    explicit DemoWithCampaigns(quint32 seed = 7)
    {
        DemoDataGenerator(app->childminders(), app->approvals(), app->relays(), app->mams(),
                          app->transactions(), app->clock(), app->rules())
            .generate(600, seed);
        summary = DemoSurveyCampaigns(*app).generate(seed);
    }
};
} // namespace

TEST_CASE("Demo campaigns: last year's finished, this year's in progress, with valid answers")
{
    DemoWithCampaigns demo;
    const int year = testing::kDemoToday.year();
    CHECK(demo.summary.campaigns == 2);
    CampaignService campaigns(*demo.app);
    const auto lastYear = campaigns.campaign(year - 1);
    const auto thisYear = campaigns.campaign(year);
    REQUIRE(lastYear);
    REQUIRE(thisYear);

    const auto last = campaigns.statusCounts(lastYear->id);
    const auto current = campaigns.statusCounts(thisYear->id);
    const int people = campaigns.countPeople(lastYear->id);
    CHECK(people > 400);
    // Last year most answered; this year about half so far, some still to contact.
    CHECK(last.value(CampaignStatus::Responded) > people * 6 / 10);
    CHECK(last.value(CampaignStatus::ToContact) == 0);
    CHECK(current.value(CampaignStatus::Responded) < last.value(CampaignStatus::Responded));
    CHECK(current.value(CampaignStatus::ToContact) > 0);
    CHECK(current.value(CampaignStatus::Reminded) > 0);
    CHECK(last.value(CampaignStatus::Refused) > 0);
    CHECK(last.value(CampaignStatus::Unreachable) > 0);
    CHECK(demo.summary.responses ==
          last.value(CampaignStatus::Responded) + current.value(CampaignStatus::Responded));

    // Every stored answer satisfies the questionnaire, and someone plans to stop.
    ResponseService responses(*demo.app);
    const auto questionnaire = responses.questionnaireOf(thisYear->id);
    REQUIRE(questionnaire);
    const ResponseRules rules(*questionnaire);
    int checked = 0;
    int planningToStop = 0;
    for (const auto& row :
         campaigns.people(thisYear->id, CampaignPeopleFilter{CampaignStatus::Responded, 0}, 0, 200)) {
        const auto r = responses.response(thisYear->id, row.childminderId);
        REQUIRE(r);
        INFO("childminder " << row.childminderId);
        CHECK(rules.problems(*r).isEmpty());
        CHECK(r->submittedAt.date() <= testing::kDemoToday);
        if (r->answers.value(QStringLiteral("projet")).value(0).startsWith(QStringLiteral("CESSER")))
            ++planningToStop;
        ++checked;
    }
    CHECK(checked > 50);
    CHECK(planningToStop > 0);
    // Those answers asked for coordinator follow-ups.
    CHECK_FALSE(ContactService(*demo.app).openFollowUps().isEmpty());
}

TEST_CASE("Demo campaigns are the same for the same seed")
{
    DemoWithCampaigns a(11);
    DemoWithCampaigns b(11);
    CHECK(a.summary.responses == b.summary.responses);
    CHECK(a.summary.invitations == b.summary.invitations);
    const int year = testing::kDemoToday.year();
    const auto ca = CampaignService(*a.app).campaign(year);
    const auto cb = CampaignService(*b.app).campaign(year);
    const auto rowsA = CampaignService(*a.app).people(ca->id, {}, 0, 50);
    const auto rowsB = CampaignService(*b.app).people(cb->id, {}, 0, 50);
    REQUIRE(rowsA.size() == rowsB.size());
    for (int i = 0; i < rowsA.size(); ++i) {
        CHECK(rowsA[i].status == rowsB[i].status);
        const auto ra = ResponseService(*a.app).response(ca->id, rowsA[i].childminderId);
        const auto rb = ResponseService(*b.app).response(cb->id, rowsB[i].childminderId);
        CHECK(bool(ra) == bool(rb));
        if (ra && rb)
            CHECK(ra->answers == rb->answers);
    }
}
