#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlCampaignRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlQuestionnaireRepository.h"
#include "SqlRelayRepository.h"
#include "SqlResponseRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Responses
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlRelayRepository relays{*db};
    SqlQuestionnaireRepository questionnaires{*db};
    SqlCampaignRepository campaigns{*db};
    SqlResponseRepository responses{*db};
    qint64 questionnaireId = 0;

    Responses()
    {
        QuestionnaireTemplate t;
        t.name = QStringLiteral("Enquête annuelle");
        questionnaires.save(t);
        questionnaireId = t.id;
    }

    qint64 relay(const QString& name)
    {
        Relay r;
        r.name = name;
        relays.save(r);
        return r.id;
    }

    qint64 person(const QString& name, qint64 relayId = 0, const QString& email = {})
    {
        Childminder p = makePerson(name, QStringLiteral("Anne"));
        p.relayId = relayId;
        p.email = email;
        people.insert(p);
        return p.id;
    }

    SurveyCampaign campaign(int year)
    {
        SurveyCampaign c;
        c.year = year;
        c.questionnaireId = questionnaireId;
        campaigns.create(c);
        return c;
    }

    SurveyResponse response(const SurveyCampaign& c, qint64 personId)
    {
        SurveyResponse r;
        r.campaignId = c.id;
        r.childminderId = personId;
        r.questionnaireId = questionnaireId;
        r.submittedAt = QDateTime(QDate(c.year, 5, 2), QTime(10, 30));
        r.enteredBy = QStringLiteral("Claire");
        return r;
    }
};
} // namespace

TEST_CASE("A response is stored with every value of every answer and read back")
{
    Responses s;
    const auto p = s.person(QStringLiteral("Arnaud"));
    const auto c = s.campaign(2026);
    SurveyResponse r = s.response(c, p);
    r.channel = ContactChannel::HomeVisit;
    r.answers.insert(QStringLiteral("places"), {QStringLiteral("4")});
    r.answers.insert(QStringLiteral("themes"), {QStringLiteral("A"), otherAnswerCode(), QStringLiteral("B")});
    r.otherTexts.insert(QStringLiteral("themes"), QStringLiteral("Langue des signes « bébé »"));
    s.responses.save(r);
    CHECK(r.id > 0);
    CHECK(r.version == 1);

    const auto back = s.responses.find(c.id, p);
    REQUIRE(back);
    CHECK(back->id == r.id);
    CHECK(back->channel == ContactChannel::HomeVisit);
    CHECK(back->source == ResponseSource::Staff);
    CHECK(back->enteredBy == QStringLiteral("Claire"));
    CHECK(back->submittedAt == r.submittedAt);
    CHECK(back->answers.value(QStringLiteral("places")) == QStringList{QStringLiteral("4")});
    QStringList themes = back->answers.value(QStringLiteral("themes"));
    themes.sort();
    CHECK(themes == QStringList{otherAnswerCode(), QStringLiteral("A"), QStringLiteral("B")});
    CHECK(back->otherTexts.value(QStringLiteral("themes")) == QStringLiteral("Langue des signes « bébé »"));
    CHECK(s.responses.count(c.id) == 1);
    CHECK_FALSE(s.responses.find(c.id, p + 1));
}

TEST_CASE("Saving again replaces her response and a stale version is refused")
{
    Responses s;
    const auto p = s.person(QStringLiteral("Arnaud"));
    const auto c = s.campaign(2026);
    SurveyResponse r = s.response(c, p);
    r.answers.insert(QStringLiteral("places"), {QStringLiteral("4")});
    r.answers.insert(QStringLiteral("plan"), {QStringLiteral("GO")});
    s.responses.save(r);
    SurveyResponse stale = r;

    r.answers.remove(QStringLiteral("plan"));
    r.answers.insert(QStringLiteral("places"), {QStringLiteral("3")});
    s.responses.save(r);
    CHECK(r.version == 2);
    const auto back = s.responses.find(c.id, p);
    CHECK(back->answers.size() == 1);
    CHECK(back->answers.value(QStringLiteral("places")) == QStringList{QStringLiteral("3")});
    CHECK(s.responses.count(c.id) == 1);

    CHECK_THROWS_AS(s.responses.save(stale), ConcurrencyConflict);
    SurveyResponse fresh = s.response(c, p); // version 0: "there is none", but there is
    CHECK_THROWS_AS(s.responses.save(fresh), ConcurrencyConflict);
    CHECK(s.responses.find(c.id, p)->answers.value(QStringLiteral("places")) ==
          QStringList{QStringLiteral("3")});
}

TEST_CASE("The previous response is her latest from an earlier year")
{
    Responses s;
    const auto p = s.person(QStringLiteral("Arnaud"));
    const auto c2024 = s.campaign(2024);
    const auto c2025 = s.campaign(2025);
    const auto c2026 = s.campaign(2026);
    for (const auto& c : {c2024, c2025}) {
        SurveyResponse r = s.response(c, p);
        r.answers.insert(QStringLiteral("year"), {QString::number(c.year)});
        s.responses.save(r);
    }
    CHECK(s.responses.previous(p, 2026)->answers.value(QStringLiteral("year")) ==
          QStringList{QStringLiteral("2025")});
    CHECK(s.responses.previous(p, 2025)->campaignId == c2024.id);
    CHECK_FALSE(s.responses.previous(p, 2024));
    CHECK(c2026.id > 0);
}

TEST_CASE("A response can only be stored for someone in the campaign")
{
    Responses s;
    const auto c = s.campaign(2026);
    const auto late = s.person(QStringLiteral("Tardif")); // registered after the campaign was made
    SurveyResponse r = s.response(c, late);
    CHECK_THROWS_AS(s.responses.save(r), StorageError);
    CHECK(s.responses.count(c.id) == 0);
}

TEST_CASE("The call list filters by relay and status, counts in SQL and finds reference codes")
{
    Responses s;
    const auto north = s.relay(QStringLiteral("RPE Nord"));
    const auto south = s.relay(QStringLiteral("RPE Sud"));
    const auto a = s.person(QStringLiteral("Arnaud"), north, QStringLiteral("a@example.fr"));
    const auto b = s.person(QStringLiteral("Bernard"), south);
    s.person(QStringLiteral("Colin"), north);
    const auto c = s.campaign(2026);
    s.campaign(2025);
    CHECK(s.campaigns.all().size() == 2);
    CHECK(s.campaigns.all().first().year == 2026);

    CHECK(s.campaigns.countPeople(c.id, {}) == 3);
    CHECK(s.campaigns.countPeople(c.id, CampaignPeopleFilter{std::nullopt, north}) == 2);
    s.campaigns.setStatus(c.id, b, CampaignStatus::Refused);
    CHECK(s.campaigns.countPeople(c.id, CampaignPeopleFilter{CampaignStatus::Refused, 0}) == 1);
    CHECK(s.campaigns.countPeople(c.id, CampaignPeopleFilter{CampaignStatus::Refused, north}) == 0);

    CampaignInvitation first{0, QDate(2026, 3, 1), ContactChannel::Letter, InvitationKind::Invitation};
    CampaignInvitation again{0, QDate(2026, 3, 20), ContactChannel::Email, InvitationKind::Reminder};
    s.campaigns.addInvitation(c.id, a, first);
    s.campaigns.addInvitation(c.id, a, again);
    const auto rows = s.campaigns.people(c.id, CampaignPeopleFilter{std::nullopt, north}, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].childminderId == a);
    CHECK(rows[0].relayId == north);
    CHECK(rows[0].email == QStringLiteral("a@example.fr"));
    CHECK(rows[0].lastInvitation == QDate(2026, 3, 20));
    CHECK(rows[0].reminders == 1);
    CHECK_FALSE(rows[1].lastInvitation.isValid());

    const QString code = rows[0].referenceCode;
    CHECK(s.campaigns.childminderByReference(c.id, code) == a);
    CHECK(s.campaigns.childminderByReference(c.id, QStringLiteral("  ") + code.toLower() +
                                                       QStringLiteral(" ")) == a);
    CHECK_FALSE(s.campaigns.childminderByReference(c.id, QStringLiteral("2026-000000")));
    CHECK_FALSE(s.campaigns.childminderByReference(c.id + 1, code));
}
