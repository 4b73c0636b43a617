#include "Database.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlCampaignRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlQuestionnaireRepository.h"
#include "SqlRelayRepository.h"
#include "SqlResponseRepository.h"
#include "SqlSurveyStatistics.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {
// Two relays and one person without a relay. Answers (codes of a small
// questionnaire): wish = Y/N, themes (multiple, "-oth-" allowed), kids
// (number), plan (STOP1/STOP3/STOP5/GO), comment (text).
//   North: Arnaud 4 places  wish Y themes DEV,SEC  kids 3  plan STOP1 comment
//          Blanc  3 places  wish Y themes DEV      kids 5  plan STOP3
//          Colin  2 places  wish N                 kids 1  plan GO
//          Durand 4 places  invited, no response
//          Julien 4 places  out of scope
//   South: Fabre  4 places  wish Y themes SEC,-oth-        plan STOP5
//          Garnier 2 places (agrément withdrawn)  wish N   plan STOP1
//          Henry  4 places  refused
//   none:  Imbert 3 places  wish Y themes DEV      kids 2  plan STOP3
struct Survey
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlApprovalRepository approvals{*db};
    SqlRelayRepository relays{*db};
    SqlQuestionnaireRepository questionnaires{*db};
    SqlCampaignRepository campaigns{*db};
    SqlResponseRepository responses{*db};
    SqlSurveyStatistics stats{*db};
    qint64 north = 0, south = 0;
    SurveyCampaign campaign;
    QHash<QString, qint64> ids;

    Survey()
    {
        north = relay(QStringLiteral("RPE Nord"));
        south = relay(QStringLiteral("RPE Sud"));
        person(QStringLiteral("Arnaud"), north, 4);
        person(QStringLiteral("Blanc"), north, 3);
        person(QStringLiteral("Colin"), north, 2);
        person(QStringLiteral("Durand"), north, 4);
        person(QStringLiteral("Julien"), north, 4);
        person(QStringLiteral("Fabre"), south, 4);
        person(QStringLiteral("Garnier"), south, 2, ApprovalStatus::Withdrawn);
        person(QStringLiteral("Henry"), south, 4);
        person(QStringLiteral("Imbert"), 0, 3);
        QuestionnaireTemplate t;
        t.name = QStringLiteral("Enquête");
        questionnaires.save(t);
        campaign.year = 2026;
        campaign.questionnaireId = t.id;
        REQUIRE(campaigns.create(campaign) == 9);

        const auto Y = QStringList{QStringLiteral("Y")};
        const auto N = QStringList{QStringLiteral("N")};
        respond(QStringLiteral("Arnaud"),
                {{QStringLiteral("wish"), Y},
                 {QStringLiteral("themes"), {QStringLiteral("DEV"), QStringLiteral("SEC")}},
                 {QStringLiteral("kids"), {QStringLiteral("3")}},
                 {QStringLiteral("plan"), {QStringLiteral("STOP1")}},
                 {QStringLiteral("comment"), {QStringLiteral("Mme Arnaud est ravie")}}});
        respond(QStringLiteral("Blanc"), {{QStringLiteral("wish"), Y},
                                          {QStringLiteral("themes"), {QStringLiteral("DEV")}},
                                          {QStringLiteral("kids"), {QStringLiteral("5")}},
                                          {QStringLiteral("plan"), {QStringLiteral("STOP3")}}});
        respond(QStringLiteral("Colin"), {{QStringLiteral("wish"), N},
                                          {QStringLiteral("kids"), {QStringLiteral("1")}},
                                          {QStringLiteral("plan"), {QStringLiteral("GO")}}});
        respond(QStringLiteral("Fabre"),
                {{QStringLiteral("wish"), Y},
                 {QStringLiteral("themes"), {QStringLiteral("SEC"), otherAnswerCode()}},
                 {QStringLiteral("plan"), {QStringLiteral("STOP5")}}},
                {{QStringLiteral("themes"), QStringLiteral("Langue des signes")}});
        respond(QStringLiteral("Garnier"),
                {{QStringLiteral("wish"), N}, {QStringLiteral("plan"), {QStringLiteral("STOP1")}}});
        respond(QStringLiteral("Imbert"), {{QStringLiteral("wish"), Y},
                                           {QStringLiteral("themes"), {QStringLiteral("DEV")}},
                                           {QStringLiteral("kids"), {QStringLiteral("2")}},
                                           {QStringLiteral("plan"), {QStringLiteral("STOP3")}}});
        campaigns.setStatus(campaign.id, ids.value(QStringLiteral("Durand")), CampaignStatus::Invited);
        campaigns.setStatus(campaign.id, ids.value(QStringLiteral("Julien")), CampaignStatus::OutOfScope);
        campaigns.setStatus(campaign.id, ids.value(QStringLiteral("Henry")), CampaignStatus::Refused);
    }

    qint64 relay(const QString& name)
    {
        Relay r;
        r.name = name;
        relays.save(r);
        return r.id;
    }

    void person(const QString& name, qint64 relayId, int places,
                ApprovalStatus status = ApprovalStatus::Active)
    {
        Childminder p = makePerson(name, QStringLiteral("Anne"));
        p.relayId = relayId;
        people.insert(p);
        Approval a =
            makeApproval(p.id, QStringLiteral("55-") + name, QDate(2020, 1, 1), QDate(2030, 1, 1), places);
        a.status = status;
        approvals.save(a);
        ids.insert(name, p.id);
    }

    void respond(const QString& name, const QHash<QString, QStringList>& answers,
                 const QHash<QString, QString>& otherTexts = {})
    {
        SurveyResponse r;
        r.campaignId = campaign.id;
        r.childminderId = ids.value(name);
        r.questionnaireId = campaign.questionnaireId;
        r.submittedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0)).addSecs(60 * ids.value(name));
        r.answers = answers;
        r.otherTexts = otherTexts;
        responses.save(r);
        campaigns.setStatus(campaign.id, r.childminderId, CampaignStatus::Responded);
    }
};

QString rowText(const RelayRespondents& r)
{
    return QStringLiteral("%1:%2:%3:%4").arg(r.relayId).arg(r.relayName).arg(r.respondents).arg(r.places);
}

QStringList rowsText(const QList<RelayRespondents>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << rowText(r);
    return out;
}
} // namespace

TEST_CASE("Survey statistics count people per relay and status")
{
    Survey s;
    const auto rows = s.stats.statusCountsByRelay(s.campaign.id, 0);
    QStringList text;
    for (const auto& r : rows)
        text << QStringLiteral("%1/%2/%3").arg(r.relayName, campaignStatusKey(r.status)).arg(r.count);
    text.sort(); // the order within a relay is not specified
    CHECK(text == QStringList{QStringLiteral("/responded/1"), QStringLiteral("RPE Nord/invited/1"),
                              QStringLiteral("RPE Nord/out_of_scope/1"),
                              QStringLiteral("RPE Nord/responded/3"), QStringLiteral("RPE Sud/refused/1"),
                              QStringLiteral("RPE Sud/responded/2")});
    // Relays by name, no relay last.
    REQUIRE(rows.size() == 6);
    CHECK(rows.first().relayId == s.north);
    CHECK(rows.last().relayId == 0);
    CHECK(s.stats.statusCountsByRelay(s.campaign.id, s.south).size() == 2);
}

TEST_CASE("Survey statistics count respondents and their current places per relay")
{
    Survey s;
    const QString n = QString::number(s.north), so = QString::number(s.south);
    // Garnier's agrément was withdrawn: she counts, her places do not.
    CHECK(rowsText(s.stats.respondentsByRelay(s.campaign.id, 0, {})) ==
          QStringList{n + QStringLiteral(":RPE Nord:3:9"), so + QStringLiteral(":RPE Sud:2:4"),
                      QStringLiteral("0::1:3")});
    const AnswerFilter stopSoon{QStringLiteral("plan"), {QStringLiteral("STOP1"), QStringLiteral("STOP3")}};
    CHECK(rowsText(s.stats.respondentsByRelay(s.campaign.id, 0, {stopSoon})) ==
          QStringList{n + QStringLiteral(":RPE Nord:2:7"), so + QStringLiteral(":RPE Sud:1:0"),
                      QStringLiteral("0::1:3")});
    CHECK(rowsText(s.stats.respondentsByRelay(s.campaign.id, s.north, {stopSoon})) ==
          QStringList{n + QStringLiteral(":RPE Nord:2:7")});
    // Every filter must hold.
    const AnswerFilter wish{QStringLiteral("wish"), {QStringLiteral("Y")}};
    const AnswerFilter security{QStringLiteral("themes"), {QStringLiteral("SEC")}};
    CHECK(rowsText(s.stats.respondentsByRelay(s.campaign.id, 0, {wish, security})) ==
          QStringList{n + QStringLiteral(":RPE Nord:1:4"), so + QStringLiteral(":RPE Sud:1:4")});
    CHECK(s.stats.respondentsByRelay(s.campaign.id, 0, {{QStringLiteral("wish"), {QStringLiteral("X")}}})
              .isEmpty());
    // The same counts without the relays.
    CHECK(s.stats.countRespondents(s.campaign.id, 0, {}) == 6);
    CHECK(s.stats.countRespondents(s.campaign.id, 0, {stopSoon}) == 4);
    CHECK(s.stats.countRespondents(s.campaign.id, s.south, {stopSoon}) == 1);
    CHECK(s.stats.countRespondents(s.campaign.id, 0, {wish, security}) == 2);
    CHECK(s.stats.countRespondents(s.campaign.id, s.north, {wish, security}) == 1);
}

TEST_CASE("Survey statistics count answers per question and value")
{
    Survey s;
    const QStringList all = {QStringLiteral("wish"), QStringLiteral("themes"),  QStringLiteral("kids"),
                             QStringLiteral("plan"), QStringLiteral("comment"), QStringLiteral("unknown")};
    const auto answered = s.stats.answeredCounts(s.campaign.id, 0, all);
    CHECK(answered.value(QStringLiteral("wish")) == 6);
    CHECK(answered.value(QStringLiteral("themes")) == 4); // 5 values from 4 people
    CHECK(answered.value(QStringLiteral("kids")) == 4);
    CHECK(answered.value(QStringLiteral("plan")) == 6);
    CHECK(answered.value(QStringLiteral("comment")) == 1);
    CHECK_FALSE(answered.contains(QStringLiteral("unknown")));
    CHECK(s.stats.answeredCounts(s.campaign.id, s.south, all).value(QStringLiteral("themes")) == 1);
    CHECK(s.stats.answeredCounts(s.campaign.id, 0, {}).isEmpty());

    QHash<QString, int> values;
    for (const auto& v :
         s.stats.valueCounts(s.campaign.id, 0, {QStringLiteral("wish"), QStringLiteral("themes")}))
        values.insert(v.questionCode + QLatin1Char('=') + v.value, v.count);
    CHECK(values == QHash<QString, int>{{QStringLiteral("wish=Y"), 4},
                                        {QStringLiteral("wish=N"), 2},
                                        {QStringLiteral("themes=DEV"), 3},
                                        {QStringLiteral("themes=SEC"), 2},
                                        {QStringLiteral("themes=-oth-"), 1}});
    const auto south = s.stats.valueCounts(s.campaign.id, s.south, {QStringLiteral("wish")});
    CHECK(south.size() == 2);

    QStringList byRelay;
    for (const auto& v : s.stats.valueCountsByRelay(s.campaign.id, 0, QStringLiteral("themes")))
        byRelay << QStringLiteral("%1/%2/%3").arg(v.relayName, v.value).arg(v.count);
    byRelay.sort();
    CHECK(byRelay == QStringList{QStringLiteral("/DEV/1"), QStringLiteral("RPE Nord/DEV/2"),
                                 QStringLiteral("RPE Nord/SEC/1"), QStringLiteral("RPE Sud/-oth-/1"),
                                 QStringLiteral("RPE Sud/SEC/1")});
}

TEST_CASE("Survey statistics give the mean, minimum and maximum of number answers")
{
    Survey s;
    const auto all = s.stats.numericStatistics(s.campaign.id, 0, {QStringLiteral("kids")});
    REQUIRE(all.contains(QStringLiteral("kids")));
    CHECK(all.value(QStringLiteral("kids")).count == 4);
    CHECK(all.value(QStringLiteral("kids")).mean == Approx(2.75)); // (3 + 5 + 1 + 2) / 4
    CHECK(all.value(QStringLiteral("kids")).minimum == 1);
    CHECK(all.value(QStringLiteral("kids")).maximum == 5);
    const auto north = s.stats.numericStatistics(s.campaign.id, s.north, {QStringLiteral("kids")});
    CHECK(north.value(QStringLiteral("kids")).mean == Approx(3.0));
    CHECK(s.stats.numericStatistics(s.campaign.id, s.south, {QStringLiteral("kids")}).isEmpty());
}

TEST_CASE("Survey statistics list free texts with their authors' names, paged")
{
    Survey s;
    const auto comments = s.stats.freeTexts(s.campaign.id, 0, QStringLiteral("comment"), false, 0, 10);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].text == QStringLiteral("Mme Arnaud est ravie"));
    CHECK(comments[0].usageName == QStringLiteral("Arnaud"));
    CHECK(comments[0].firstName == QStringLiteral("Anne"));
    const auto others = s.stats.freeTexts(s.campaign.id, 0, QStringLiteral("themes"), true, 0, 10);
    REQUIRE(others.size() == 1);
    CHECK(others[0].text == QStringLiteral("Langue des signes"));
    CHECK(s.stats.countFreeTexts(s.campaign.id, 0, QStringLiteral("themes"), true) == 1);
    CHECK(s.stats.freeTexts(s.campaign.id, s.north, QStringLiteral("themes"), true, 0, 10).isEmpty());
    // Paging over the three "plan" answers, oldest first.
    CHECK(s.stats.countFreeTexts(s.campaign.id, 0, QStringLiteral("plan"), false) == 6);
    const auto page = s.stats.freeTexts(s.campaign.id, 0, QStringLiteral("plan"), false, 1, 2);
    REQUIRE(page.size() == 2);
    CHECK(page[0].usageName == QStringLiteral("Blanc"));
    CHECK(page[1].usageName == QStringLiteral("Colin"));
}

TEST_CASE("Survey statistics of one campaign never count another campaign's answers")
{
    Survey s;
    // The next year, the same questionnaire: Arnaud (North) and Fabre (South)
    // answer again, differently; the first campaign's figures must not move.
    SurveyCampaign next;
    next.year = 2027;
    next.questionnaireId = s.campaign.questionnaireId;
    REQUIRE(s.campaigns.create(next) == 9);
    const auto answer = [&](const QString& name, const QHash<QString, QStringList>& answers,
                            const QHash<QString, QString>& otherTexts = {}) {
        SurveyResponse r;
        r.campaignId = next.id;
        r.childminderId = s.ids.value(name);
        r.questionnaireId = next.questionnaireId;
        r.submittedAt = QDateTime(QDate(2027, 3, 1), QTime(9, 0));
        r.answers = answers;
        r.otherTexts = otherTexts;
        s.responses.save(r);
    };
    answer(QStringLiteral("Arnaud"), {{QStringLiteral("wish"), {QStringLiteral("N")}},
                                      {QStringLiteral("themes"), {QStringLiteral("SEC")}},
                                      {QStringLiteral("kids"), {QStringLiteral("7")}},
                                      {QStringLiteral("comment"), {QStringLiteral("Deuxième année")}}});
    answer(QStringLiteral("Fabre"),
           {{QStringLiteral("wish"), {QStringLiteral("N")}}, {QStringLiteral("themes"), {otherAnswerCode()}}},
           {{QStringLiteral("themes"), QStringLiteral("Couture")}});

    const QStringList codes = {QStringLiteral("wish"), QStringLiteral("themes")};
    const auto valuesOf = [&](qint64 campaignId, qint64 relayId) {
        QStringList values;
        for (const auto& v : s.stats.valueCounts(campaignId, relayId, codes))
            values << QStringLiteral("%1=%2:%3").arg(v.questionCode, v.value).arg(v.count);
        values.sort();
        return values;
    };
    // The first campaign, as in the tests above.
    CHECK(valuesOf(s.campaign.id, 0) == QStringList{QStringLiteral("themes=-oth-:1"),
                                                    QStringLiteral("themes=DEV:3"),
                                                    QStringLiteral("themes=SEC:2"),
                                                    QStringLiteral("wish=N:2"), QStringLiteral("wish=Y:4")});
    CHECK(s.stats.answeredCounts(s.campaign.id, 0, codes).value(QStringLiteral("themes")) == 4);
    CHECK(s.stats.numericStatistics(s.campaign.id, 0, {QStringLiteral("kids")})
              .value(QStringLiteral("kids"))
              .maximum == 5);
    CHECK(s.stats.countFreeTexts(s.campaign.id, 0, QStringLiteral("comment"), false) == 1);
    CHECK(s.stats.countFreeTexts(s.campaign.id, 0, QStringLiteral("themes"), true) == 1);
    // The second one: only its two responses, whole campaign and per relay.
    CHECK(valuesOf(next.id, 0) == QStringList{QStringLiteral("themes=-oth-:1"),
                                              QStringLiteral("themes=SEC:1"), QStringLiteral("wish=N:2")});
    CHECK(valuesOf(next.id, s.north) ==
          QStringList{QStringLiteral("themes=SEC:1"), QStringLiteral("wish=N:1")});
    const auto answered = s.stats.answeredCounts(next.id, 0, codes);
    CHECK(answered.value(QStringLiteral("wish")) == 2);
    CHECK(answered.value(QStringLiteral("themes")) == 2);
    const auto kids = s.stats.numericStatistics(next.id, 0, {QStringLiteral("kids")});
    CHECK(kids.value(QStringLiteral("kids")).count == 1);
    CHECK(kids.value(QStringLiteral("kids")).mean == Approx(7.0));
    QStringList byRelay;
    for (const auto& v : s.stats.valueCountsByRelay(next.id, 0, QStringLiteral("themes")))
        byRelay << QStringLiteral("%1/%2/%3").arg(v.relayName, v.value).arg(v.count);
    byRelay.sort();
    CHECK(byRelay == QStringList{QStringLiteral("RPE Nord/SEC/1"), QStringLiteral("RPE Sud/-oth-/1")});
    const auto comments = s.stats.freeTexts(next.id, 0, QStringLiteral("comment"), false, 0, 10);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0].text == QStringLiteral("Deuxième année"));
    const auto others = s.stats.freeTexts(next.id, 0, QStringLiteral("themes"), true, 0, 10);
    REQUIRE(others.size() == 1);
    CHECK(others[0].text == QStringLiteral("Couture"));
    CHECK(s.stats.countFreeTexts(next.id, s.south, QStringLiteral("themes"), true) == 1);
    CHECK(s.stats.countRespondents(next.id, 0, {}) == 2);
    // Filters read the answers of their own campaign only.
    const AnswerFilter saidNo{QStringLiteral("wish"), {QStringLiteral("N")}};
    const AnswerFilter security{QStringLiteral("themes"), {QStringLiteral("SEC")}};
    CHECK(s.stats.countRespondents(s.campaign.id, 0, {saidNo}) == 2); // Colin, Garnier
    CHECK(s.stats.countRespondents(next.id, 0, {saidNo}) == 2);
    CHECK(s.stats.countRespondents(next.id, 0, {saidNo, security}) == 1);
    CHECK(s.stats.countRespondents(s.campaign.id, 0, {saidNo, security}) == 0);
    CHECK(s.stats.countRespondents(next.id, s.south, {saidNo, security}) == 0);
    CHECK(rowsText(s.stats.respondentsByRelay(next.id, 0, {saidNo, security})) ==
          QStringList{QStringLiteral("%1:RPE Nord:1:4").arg(s.north)});
}
