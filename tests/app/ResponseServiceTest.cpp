#include "ResponseService.h"
#include "AppContext.h"
#include "CampaignService.h"
#include "ChildminderService.h"
#include "ContactService.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "QuestionnaireService.h"
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

// The shipped annual survey, one campaign in 2025 and one in 2026.
struct Setup
{
    FixedClock clock{QDateTime(QDate(2026, 4, 15), QTime(14, 0))};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    ResponseService responses{*ctx};
    CampaignService campaigns{*ctx};
    ContactService contacts{*ctx};
    qint64 personId = 0;
    SurveyCampaign previousYear;
    SurveyCampaign thisYear;

    Setup()
    {
        Childminder p;
        p.usageName = QStringLiteral("Lefèvre");
        p.firstName = QStringLiteral("Hélène");
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        personId = p.id;
        QuestionnaireService questionnaires(*ctx);
        questionnaires.installDefaultIfMissing();
        const qint64 questionnaireId = questionnaires.latest(QStringLiteral("Enquête annuelle"))->id;
        REQUIRE(campaigns.createCampaign(2025, questionnaireId, {}, &previousYear).isEmpty());
        REQUIRE(campaigns.createCampaign(2026, questionnaireId, {}, &thisYear).isEmpty());
    }

    // Every required question of the default survey answered, no follow-up.
    SurveyResponse complete(const SurveyCampaign& campaign) const
    {
        SurveyResponse r;
        r.campaignId = campaign.id;
        r.childminderId = personId;
        r.enteredBy = QStringLiteral("Claire Martin");
        r.submittedAt = QDateTime(QDate(campaign.year, 4, 10), QTime(9, 15));
        auto set = [&](const char* code, QStringList values) {
            r.answers.insert(QString::fromLatin1(code), values);
        };
        set("enfantsAccueillis", {QStringLiteral("3")});
        set("placesAgrement", {QStringLiteral("4")});
        set("placesUtilisees", {QStringLiteral("3")});
        set("placesDisponibles", {QStringLiteral("N")});
        set("lieuExercice", {QStringLiteral("DOMICILE")});
        set("formationSouhait", {QStringLiteral("N")});
        set("interetCapAepe", {QStringLiteral("NON")});
        set("interetVae", {QStringLiteral("N")});
        set("projet", {QStringLiteral("POURSUIVRE")});
        set("recontact", {QStringLiteral("N")});
        return r;
    }
};

} // namespace

TEST_CASE("A complete response is stored, sets her status and counts as this year's contact")
{
    Setup s;
    SurveyResponse r = s.complete(s.thisYear);
    // An answer to a question the form hid (no places available) is dropped.
    r.answers.insert(QStringLiteral("placesDisponiblesNombre"), {QStringLiteral("2")});
    REQUIRE(s.responses.submit(r).isEmpty());
    CHECK(r.id > 0);
    CHECK_FALSE(r.answers.contains(QStringLiteral("placesDisponiblesNombre")));

    const auto back = s.responses.response(s.thisYear.id, s.personId);
    REQUIRE(back);
    CHECK(back->answers.value(QStringLiteral("projet")) == QStringList{QStringLiteral("POURSUIVRE")});
    CHECK_FALSE(back->answers.contains(QStringLiteral("placesDisponiblesNombre")));
    CHECK(s.campaigns.people(s.thisYear.id)[0].status == CampaignStatus::Responded);

    const auto history = s.contacts.history(s.personId);
    REQUIRE(history.size() == 1);
    CHECK(history[0].outcome == ContactOutcome::Completed);
    CHECK(history[0].channel == ContactChannel::Phone);
    CHECK(history[0].staffMember == QStringLiteral("Claire Martin"));
    CHECK_FALSE(history[0].followUp);
    CHECK(s.contacts.coverage(2026).reached == 1);
}

TEST_CASE("A response with a missing required answer writes nothing")
{
    Setup s;
    SurveyResponse r = s.complete(s.thisYear);
    r.answers.remove(QStringLiteral("projet"));
    r.answers.insert(QStringLiteral("enfantsAccueillis"), {QStringLiteral("trois")});
    CHECK(fields(s.responses.submit(r)) ==
          QStringList{QStringLiteral("enfantsAccueillis"), QStringLiteral("projet")});
    CHECK_FALSE(s.responses.response(s.thisYear.id, s.personId));
    CHECK(s.campaigns.people(s.thisYear.id)[0].status == CampaignStatus::ToContact);
    CHECK(s.contacts.history(s.personId).isEmpty());
}

TEST_CASE("Planning to stop or asking to be recontacted gives a coordinator a follow-up")
{
    Setup s;
    SurveyResponse r = s.complete(s.thisYear);
    r.answers.insert(QStringLiteral("projet"), {QStringLiteral("CESSER_1")});
    r.answers.insert(QStringLiteral("recontact"), {QStringLiteral("Y")});
    REQUIRE(s.responses.submit(r).isEmpty());
    const auto followUps = s.contacts.openFollowUps();
    REQUIRE(followUps.size() == 1);
    const ContactEntry& entry = followUps[0];
    CHECK(entry.childminderId == s.personId);
    CHECK(entry.topics.contains(ContactTopic::ConsideringStopping));
    CHECK(entry.followUp->due == QDate(2026, 4, 17)); // a week after her answer
    CHECK(entry.followUp->action.contains(QStringLiteral("2026")));
    CHECK(entry.followUp->action.count(QStringLiteral(" ; ")) == 1); // both reasons

    SurveyResponse other = s.complete(s.previousYear);
    other.answers.insert(QStringLiteral("projet"), {QStringLiteral("MAM")});
    REQUIRE(s.responses.submit(other).isEmpty());
    CHECK(s.contacts.openFollowUps().size() == 1); // moving to a MAM is no alarm
}

TEST_CASE("Correcting a response replaces it without logging a second exchange")
{
    Setup s;
    SurveyResponse r = s.complete(s.thisYear);
    REQUIRE(s.responses.submit(r).isEmpty());
    REQUIRE(r.version == 1);
    r.answers.insert(QStringLiteral("enfantsAccueillis"), {QStringLiteral("4")});
    REQUIRE(s.responses.submit(r).isEmpty());
    CHECK(r.version == 2);
    CHECK(
        s.responses.response(s.thisYear.id, s.personId)->answers.value(QStringLiteral("enfantsAccueillis")) ==
        QStringList{QStringLiteral("4")});
    CHECK(s.contacts.history(s.personId).size() == 1);

    // ...unless the correction now asks for a follow-up.
    r.answers.insert(QStringLiteral("recontact"), {QStringLiteral("Y")});
    REQUIRE(s.responses.submit(r).isEmpty());
    CHECK(s.contacts.history(s.personId).size() == 2);
    CHECK(s.contacts.openFollowUps().size() == 1);
}

TEST_CASE("Last year's answers are found beside this year's")
{
    Setup s;
    SurveyResponse before = s.complete(s.previousYear);
    before.answers.insert(QStringLiteral("enfantsAccueillis"), {QStringLiteral("2")});
    REQUIRE(s.responses.submit(before).isEmpty());
    const auto previous = s.responses.previousResponse(s.personId, 2026);
    REQUIRE(previous);
    CHECK(previous->campaignId == s.previousYear.id);
    CHECK(previous->answers.value(QStringLiteral("enfantsAccueillis")) == QStringList{QStringLiteral("2")});
    CHECK_FALSE(s.responses.previousResponse(s.personId, 2025));
}

TEST_CASE("A response for someone outside the campaign or dated in the future is refused")
{
    Setup s;
    SurveyResponse r = s.complete(s.thisYear);
    r.childminderId = s.personId + 99;
    CHECK(fields(s.responses.submit(r)).contains(QStringLiteral("childminder")));
    r = s.complete(s.thisYear);
    r.submittedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
    CHECK(fields(s.responses.submit(r)) == QStringList{QStringLiteral("submittedAt")});
    r.campaignId = 4242;
    CHECK(fields(s.responses.submit(r)) == QStringList{QStringLiteral("campaign")});
}
