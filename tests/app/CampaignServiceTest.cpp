#include "CampaignService.h"
#include "AppContext.h"
#include "ChildminderService.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "QuestionnaireRepository.h"
#include "TestDatabase.h"

using namespace parcours;

namespace {
QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}

struct Setup
{
    FixedClock clock{QDate(2026, 3, 1)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    CampaignService service{*ctx};
    qint64 questionnaireId = 0;
    qint64 personId = 0;
    SurveyCampaign campaign;

    Setup()
    {
        Childminder p;
        p.usageName = QStringLiteral("Lefèvre");
        p.firstName = QStringLiteral("Hélène");
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        personId = p.id;
        QuestionnaireTemplate t;
        t.name = QStringLiteral("Enquête annuelle");
        ctx->questionnaires().save(t);
        questionnaireId = t.id;
        REQUIRE(service.createCampaign(2026, questionnaireId, {}, &campaign).isEmpty());
    }
};
} // namespace

TEST_CASE("Creating a campaign checks the year, the questionnaire and the relays")
{
    Setup s;
    CHECK(s.campaign.id > 0);
    CHECK(s.service.statusCounts(s.campaign.id).value(CampaignStatus::ToContact) == 1);
    CHECK(fields(s.service.createCampaign(2026, s.questionnaireId, {})) ==
          QStringList{QStringLiteral("year")});
    CHECK(fields(s.service.createCampaign(2027, s.questionnaireId + 100, {9999})) ==
          QStringList{QStringLiteral("questionnaire"), QStringLiteral("relays")});
    CHECK_FALSE(s.service.campaign(2027));
    CHECK(s.service.campaign(2026)->id == s.campaign.id);
}

TEST_CASE("Reminders need an invitation, wait 14 days and stop after 2")
{
    Setup s;
    const auto id = s.campaign.id;
    const auto who = s.personId;
    CHECK(fields(s.service.remind(id, who, QDate(2026, 3, 1), ContactChannel::Phone)) ==
          QStringList{QStringLiteral("reminder")});
    CHECK(fields(s.service.invite(id, who, QDate(2026, 3, 2), ContactChannel::Letter)) ==
          QStringList{QStringLiteral("date")}); // in the future
    REQUIRE(s.service.invite(id, who, QDate(2026, 3, 1), ContactChannel::Letter).isEmpty());
    CHECK(s.service.people(id)[0].status == CampaignStatus::Invited);
    CHECK(fields(s.service.invite(id, who, QDate(2026, 3, 1), ContactChannel::Letter)) ==
          QStringList{QStringLiteral("status")});

    s.clock.set(QDate(2026, 3, 14));
    CHECK(fields(s.service.remind(id, who, QDate(2026, 3, 14), ContactChannel::Phone)) ==
          QStringList{QStringLiteral("reminder")});
    s.clock.set(QDate(2026, 3, 15));
    REQUIRE(s.service.remind(id, who, QDate(2026, 3, 15), ContactChannel::Phone).isEmpty());
    CHECK(s.service.people(id)[0].status == CampaignStatus::Reminded);
    s.clock.set(QDate(2026, 4, 1));
    CHECK(fields(s.service.remind(id, who, QDate(2026, 3, 28), ContactChannel::Email)) ==
          QStringList{QStringLiteral("reminder")});
    REQUIRE(s.service.remind(id, who, QDate(2026, 3, 29), ContactChannel::Email).isEmpty());
    s.clock.set(QDate(2026, 6, 1));
    const auto third = s.service.remind(id, who, QDate(2026, 6, 1), ContactChannel::Sms);
    REQUIRE(third.size() == 1);
    CHECK(third[0].message.contains(QStringLiteral("2")));
    CHECK(s.service.invitations(id, who).size() == 3);
}

TEST_CASE("Reminder settings come from the rules and closed statuses get nothing more")
{
    Setup s;
    RuleSettings rules = s.ctx->rules();
    CHECK(rules.campaignMaxReminders == 2);
    CHECK(rules.campaignMinDaysBetweenReminders == 14);
    rules.campaignMaxReminders = 1;
    rules.campaignMinDaysBetweenReminders = 7;
    s.ctx->setRules(rules);
    const auto id = s.campaign.id;
    const auto who = s.personId;
    REQUIRE(s.service.invite(id, who, QDate(2026, 3, 1), ContactChannel::Letter).isEmpty());
    s.clock.set(QDate(2026, 3, 20));
    REQUIRE(s.service.remind(id, who, QDate(2026, 3, 8), ContactChannel::Phone).isEmpty());
    CHECK_FALSE(s.service.remind(id, who, QDate(2026, 3, 20), ContactChannel::Phone).isEmpty());

    REQUIRE(s.service.markResponded(id, who).isEmpty());
    CHECK(fields(s.service.remind(id, who, QDate(2026, 3, 20), ContactChannel::Phone)) ==
          QStringList{QStringLiteral("status")});
    REQUIRE(s.service.markOutOfScope(id, who).isEmpty());
    CHECK(s.service.statusCounts(id).value(CampaignStatus::OutOfScope) == 1);
    REQUIRE(s.service.markUnreachable(id, who).isEmpty());
    REQUIRE(s.service.markRefused(id, who).isEmpty());
    CHECK(s.service.people(id, CampaignPeopleFilter{CampaignStatus::Refused, 0}).size() == 1);
    CHECK(fields(s.service.markRefused(id, who + 1)) == QStringList{QStringLiteral("childminder")});
    CHECK(fields(s.service.invite(id, who + 1, QDate(2026, 3, 1), ContactChannel::Letter)) ==
          QStringList{QStringLiteral("childminder")});
}

TEST_CASE("Inviting all at once checks the date and invites only people still to contact")
{
    Setup s;
    Childminder other;
    other.usageName = QStringLiteral("Martin");
    other.firstName = QStringLiteral("Zoé");
    REQUIRE(ChildminderService(*s.ctx).save(other).isEmpty());
    // A campaign made after she was registered includes her.
    SurveyCampaign campaign;
    REQUIRE(s.service.createCampaign(2025, s.questionnaireId, {}, &campaign).isEmpty());
    REQUIRE(s.service.markRefused(campaign.id, other.id).isEmpty());

    CHECK_THROWS_AS(s.service.inviteAll(campaign.id, {}, QDate(2026, 3, 2), ContactChannel::Letter),
                    DomainError);
    CHECK_THROWS_AS(s.service.inviteAll(campaign.id, {}, QDate(), ContactChannel::Letter), DomainError);
    CHECK_THROWS_AS(s.service.inviteAll(999, {}, QDate(2026, 3, 1), ContactChannel::Letter), DomainError);
    CHECK(s.service.statusCounts(campaign.id).value(CampaignStatus::Invited) == 0);

    CHECK(s.service.inviteAll(campaign.id, {}, QDate(2026, 2, 27), ContactChannel::Letter) == 1);
    const auto counts = s.service.statusCounts(campaign.id);
    CHECK(counts.value(CampaignStatus::Invited) == 1);
    CHECK(counts.value(CampaignStatus::Refused) == 1);
    const auto sent = s.service.invitations(campaign.id, s.personId);
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().date == QDate(2026, 2, 27));
    CHECK(s.service.invitations(campaign.id, other.id).isEmpty());
    // She is invited now: a second mailing does not write to her again.
    CHECK(s.service.inviteAll(campaign.id, {}, QDate(2026, 3, 1), ContactChannel::Letter) == 0);
}
