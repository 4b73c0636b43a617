#include "SurveySummaryService.h"
#include "AppContext.h"
#include "ApprovalRepository.h"
#include "CampaignService.h"
#include "ChildminderRepository.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "QuestionnaireRepository.h"
#include "RelayRepository.h"
#include "ResponseService.h"
#include "SurveyStatisticsRepository.h"
#include "SurveySummaryJson.h"
#include "TestDatabase.h"
#include "TransactionRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {

Question question(const QString& code, QuestionType type, const QList<AnswerOption>& options = {})
{
    Question q;
    q.code = code;
    q.text = code + QStringLiteral(" ?");
    q.type = type;
    q.options = options;
    return q;
}

AnswerOption option(const QString& code, int stopWithinYears = 0)
{
    return AnswerOption{code, code.toLower(), stopWithinYears};
}

QuestionnaireTemplate questionnaire()
{
    QuestionnaireTemplate t;
    t.name = QStringLiteral("Enquête test");
    QuestionnaireSection activity{QStringLiteral("Activité"), {}};
    activity.questions << question(QStringLiteral("kids"), QuestionType::Number)
                       << question(QStringLiteral("sat"), QuestionType::Scale1To5)
                       << question(QStringLiteral("place"), QuestionType::SingleChoice,
                                   {option(QStringLiteral("HOME")), option(QStringLiteral("MAM"))});
    QuestionnaireSection training{QStringLiteral("Formation"), {}};
    Question themes = question(
        QStringLiteral("themes"), QuestionType::MultipleChoice,
        {option(QStringLiteral("DEV")), option(QStringLiteral("SEC")), option(QStringLiteral("NUM"))});
    themes.allowOther = true;
    themes.role = trainingThemesRole();
    themes.condition = {QStringLiteral("wish"), {QStringLiteral("Y")}};
    // Shown only to those who chose NUM, themselves only those who wished training.
    Question format = question(QStringLiteral("format"), QuestionType::SingleChoice,
                               {option(QStringLiteral("PRES")), option(QStringLiteral("DIST"))});
    format.condition = {QStringLiteral("themes"), {QStringLiteral("NUM")}};
    training.questions << question(QStringLiteral("wish"), QuestionType::YesNo) << themes << format;
    QuestionnaireSection plans{QStringLiteral("Projets"), {}};
    plans.questions << question(QStringLiteral("plan"), QuestionType::SingleChoice,
                                {option(QStringLiteral("GO")), option(QStringLiteral("STOP1"), 1),
                                 option(QStringLiteral("STOP3"), 3), option(QStringLiteral("STOP5"), 5)})
                    << question(QStringLiteral("comment"), QuestionType::LongText);
    t.sections = {activity, training, plans};
    return t;
}

// North: N1..N6 answered, N7 refused, N8 out of scope, N9 still to contact.
// South: S1..S3 answered, S4 unreachable. Agrément places in brackets.
//      kids sat place wish themes        format plan   places
// N1   3    4   HOME  Y    DEV,NUM       PRES   STOP1  [4]
// N2   2    5   HOME  Y    DEV                  STOP3  [3]
// N3   4    3   MAM   Y    NUM,autre     DIST   STOP5  [4]
// N4   1    2   HOME  N                         GO     [2]
// N5   3    4   MAM   Y    SEC                  GO     [4]
// N6   0    5   HOME  N                         STOP3  [1]
// S1   2    1   HOME  Y    SEC,DEV              STOP1  [4]
// S2   4    3   MAM   N                         GO     [3]
// S3   3    4   HOME  Y    DEV                  STOP5  [2]
struct Campaign
{
    FixedClock clock{QDateTime(QDate(2026, 4, 1), QTime(10, 0))};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    SurveySummaryService service{*ctx};
    qint64 north = 0, south = 0;
    SurveyCampaign campaign;
    QHash<QString, qint64> ids;

    Campaign()
    {
        ctx->transactions().inWriteTransaction([&] {
            north = relay(QStringLiteral("RPE Nord"));
            south = relay(QStringLiteral("RPE Sud"));
            const int northPlaces[] = {4, 3, 4, 2, 4, 1, 4, 4, 4};
            for (int i = 0; i < 9; ++i)
                person(QStringLiteral("N%1").arg(i + 1), north, northPlaces[i]);
            const int southPlaces[] = {4, 3, 2, 4};
            for (int i = 0; i < 4; ++i)
                person(QStringLiteral("S%1").arg(i + 1), south, southPlaces[i]);
        });
        QuestionnaireTemplate t = questionnaire();
        REQUIRE(t.validate().isEmpty());
        ctx->questionnaires().save(t);
        CampaignService campaigns(*ctx);
        REQUIRE(campaigns.createCampaign(2026, t.id, {}, &campaign).isEmpty());
        REQUIRE(campaigns.markRefused(campaign.id, ids[QStringLiteral("N7")]).isEmpty());
        REQUIRE(campaigns.markOutOfScope(campaign.id, ids[QStringLiteral("N8")]).isEmpty());
        REQUIRE(campaigns.markUnreachable(campaign.id, ids[QStringLiteral("S4")]).isEmpty());

        respond(QStringLiteral("N1"), 3, 4, QStringLiteral("HOME"), true,
                {QStringLiteral("DEV"), QStringLiteral("NUM")}, QStringLiteral("PRES"),
                QStringLiteral("STOP1"),
                QStringLiteral("Sophie NomN1 dit que Mme Durand-Petit l'aide, comme M. Roux."));
        respond(QStringLiteral("N2"), 2, 5, QStringLiteral("HOME"), true, {QStringLiteral("DEV")}, {},
                QStringLiteral("STOP3"));
        respond(QStringLiteral("N3"), 4, 3, QStringLiteral("MAM"), true,
                {QStringLiteral("NUM"), otherAnswerCode()}, QStringLiteral("DIST"), QStringLiteral("STOP5"));
        respond(QStringLiteral("N4"), 1, 2, QStringLiteral("HOME"), false, {}, {}, QStringLiteral("GO"));
        respond(QStringLiteral("N5"), 3, 4, QStringLiteral("MAM"), true, {QStringLiteral("SEC")}, {},
                QStringLiteral("GO"), QStringLiteral("Rien à signaler"));
        respond(QStringLiteral("N6"), 0, 5, QStringLiteral("HOME"), false, {}, {}, QStringLiteral("STOP3"));
        respond(QStringLiteral("S1"), 2, 1, QStringLiteral("HOME"), true,
                {QStringLiteral("SEC"), QStringLiteral("DEV")}, {}, QStringLiteral("STOP1"));
        respond(QStringLiteral("S2"), 4, 3, QStringLiteral("MAM"), false, {}, {}, QStringLiteral("GO"));
        respond(QStringLiteral("S3"), 3, 4, QStringLiteral("HOME"), true, {QStringLiteral("DEV")}, {},
                QStringLiteral("STOP5"));
    }

    qint64 relay(const QString& name)
    {
        Relay r;
        r.name = name;
        ctx->relays().save(r);
        return r.id;
    }

    void person(const QString& code, qint64 relayId, int places)
    {
        Childminder p;
        p.usageName = QStringLiteral("Nom") + code;
        p.firstName = QStringLiteral("Sophie");
        p.status = ChildminderStatus::Active;
        p.relayId = relayId;
        ctx->childminders().insert(p);
        Approval a;
        a.childminderId = p.id;
        a.number = QStringLiteral("55-2020-") + code;
        a.decisionDate = a.startDate = QDate(2020, 1, 1);
        a.endDate = QDate(2030, 1, 1);
        a.places = places;
        ctx->approvals().save(a);
        ids.insert(code, p.id);
    }

    void respond(const QString& code, int kids, int sat, const QString& place, bool wish,
                 const QStringList& themes, const QString& format, const QString& plan,
                 const QString& comment = {})
    {
        SurveyResponse r;
        r.campaignId = campaign.id;
        r.childminderId = ids.value(code);
        r.submittedAt = clock.now().addSecs(-3600 + 60 * ids.value(code));
        r.answers.insert(QStringLiteral("kids"), {QString::number(kids)});
        r.answers.insert(QStringLiteral("sat"), {QString::number(sat)});
        r.answers.insert(QStringLiteral("place"), {place});
        r.answers.insert(QStringLiteral("wish"), {wish ? QStringLiteral("Y") : QStringLiteral("N")});
        if (!themes.isEmpty())
            r.answers.insert(QStringLiteral("themes"), themes);
        if (themes.contains(otherAnswerCode()))
            r.otherTexts.insert(QStringLiteral("themes"), QStringLiteral("Langue des signes, avec NomN3"));
        if (!format.isEmpty())
            r.answers.insert(QStringLiteral("format"), {format});
        r.answers.insert(QStringLiteral("plan"), {plan});
        if (!comment.isEmpty())
            r.answers.insert(QStringLiteral("comment"), {comment});
        const auto errors = ResponseService(*ctx).submit(r);
        INFO(code.toStdString());
        REQUIRE(errors.isEmpty());
    }

    SurveySummary summarize(qint64 relayId = 0, bool freeTexts = false)
    {
        QString error;
        const auto s = service.summarize({2026, relayId, freeTexts, true}, &error);
        INFO(error.toStdString());
        REQUIRE(s);
        return *s;
    }
};

const QuestionSummary& find(const SurveySummary& s, const QString& code)
{
    for (const auto& q : s.questions)
        if (q.code == code)
            return q;
    FAIL("no question " << code.toStdString());
    return s.questions.first();
}

QString countsText(const QList<AnswerCount>& counts)
{
    QStringList parts;
    for (const auto& c : counts)
        parts << QStringLiteral("%1=%2").arg(c.code).arg(c.count);
    return parts.join(QLatin1Char(' '));
}

QString riskText(const PlacesAtRisk& p)
{
    return QStringLiteral("%1: %2/%3 %4/%5 %6/%7")
        .arg(p.relayName)
        .arg(p.peopleWithin1)
        .arg(p.placesWithin1)
        .arg(p.peopleWithin3)
        .arg(p.placesWithin3)
        .arg(p.peopleWithin5)
        .arg(p.placesWithin5);
}

QString reachText(const CampaignReach& r)
{
    return QStringLiteral("%1: %2 %3 %4 %5 %6")
        .arg(r.relayName)
        .arg(r.inScope)
        .arg(r.contacted)
        .arg(r.responded)
        .arg(r.refused)
        .arg(r.unreachable);
}
} // namespace

TEST_CASE("The survey summary needs an existing campaign and relay")
{
    Campaign c;
    QString error;
    CHECK_FALSE(c.service.summarize({2025, 0, false, true}, &error));
    CHECK(error.contains(QStringLiteral("2025")));
    error.clear();
    CHECK_FALSE(c.service.summarize({2026, 9999, false, true}, &error));
    CHECK(error.contains(QStringLiteral("9999")));
    CHECK(c.service.summarize({2026, 0, false, true})); // no error pointer: fine
}

TEST_CASE("The survey summary gives the reach of the campaign and of each relay")
{
    Campaign c;
    const SurveySummary s = c.summarize();
    CHECK(s.year == 2026);
    CHECK(s.questionnaireName == QStringLiteral("Enquête test"));
    CHECK(s.questionnaireVersion == 1);
    CHECK(s.generatedAt == c.clock.now());
    // in scope, contacted, responded, refused, unreachable
    CHECK(reachText(s.reach) == SurveySummaryService::tr("All RPEs") + QStringLiteral(": 12 11 9 1 1"));
    REQUIRE(s.reachByRelay.size() == 2);
    CHECK(reachText(s.reachByRelay[0]) == QStringLiteral("RPE Nord: 8 7 6 1 0"));
    CHECK(reachText(s.reachByRelay[1]) == QStringLiteral("RPE Sud: 4 4 3 0 1"));
}

TEST_CASE("The survey summary counts each offered answer in questionnaire order")
{
    Campaign c;
    const SurveySummary s = c.summarize();
    REQUIRE(s.questions.size() == 8);
    CHECK(s.questions[0].sectionTitle == QStringLiteral("Activité"));
    CHECK(s.questions[3].sectionTitle == QStringLiteral("Formation"));

    const auto& place = find(s, QStringLiteral("place"));
    CHECK(place.asked == 9);
    CHECK(place.answered == 9);
    CHECK(countsText(place.counts) == QStringLiteral("HOME=6 MAM=3"));
    CHECK(place.counts[0].label == QStringLiteral("home"));

    const auto& wish = find(s, QStringLiteral("wish"));
    CHECK(countsText(wish.counts) == QStringLiteral("Y=6 N=3"));
    CHECK(wish.counts[0].label == SurveySummaryService::tr("Yes"));
    CHECK(wish.counts[1].label == SurveySummaryService::tr("No"));

    const auto& sat = find(s, QStringLiteral("sat"));
    CHECK(countsText(sat.counts) == QStringLiteral("1=1 2=1 3=2 4=3 5=2"));
    REQUIRE(sat.mean);
    CHECK(*sat.mean == Approx(31.0 / 9));
    CHECK(*sat.minimum == 1);
    CHECK(*sat.maximum == 5);

    const auto& plan = find(s, QStringLiteral("plan"));
    CHECK(countsText(plan.counts) == QStringLiteral("GO=3 STOP1=2 STOP3=2 STOP5=2"));
    CHECK_FALSE(plan.mean);
}

TEST_CASE("The survey summary ranks multiple choices and counts the other answers")
{
    Campaign c;
    const auto& themes = find(c.summarize(), QStringLiteral("themes"));
    CHECK(themes.asked == 6);    // wished training
    CHECK(themes.answered == 6); // 9 choices from 6 people
    // SEC and NUM tie: questionnaire order.
    CHECK(countsText(themes.counts) == QStringLiteral("DEV=4 SEC=2 NUM=2 -oth-=1"));
    CHECK(themes.counts.last().label == SurveySummaryService::tr("Other"));
}

TEST_CASE("The survey summary gives the mean, minimum and maximum of numbers")
{
    Campaign c;
    const auto& kids = find(c.summarize(), QStringLiteral("kids"));
    CHECK(kids.answered == 9);
    CHECK(kids.counts.isEmpty());
    REQUIRE(kids.mean);
    CHECK(*kids.mean == Approx(22.0 / 9));
    CHECK(*kids.minimum == 0);
    CHECK(*kids.maximum == 4);
}

TEST_CASE("The survey summary counts as asked only those to whom a conditional question was shown")
{
    Campaign c;
    const SurveySummary s = c.summarize();
    CHECK(find(s, QStringLiteral("kids")).asked == 9);
    const auto& format = find(s, QStringLiteral("format"));
    CHECK(format.asked == 2); // chose NUM, having wished training
    CHECK(format.answered == 2);
    CHECK(countsText(format.counts) == QStringLiteral("PRES=1 DIST=1"));
    const auto& comment = find(s, QStringLiteral("comment"));
    CHECK(comment.asked == 9);
    CHECK(comment.answered == 2);
}

TEST_CASE("The survey summary gives places at risk per relay, cumulative, and in total")
{
    Campaign c;
    const SurveySummary s = c.summarize();
    REQUIRE(s.placesAtRisk.size() == 3);
    // people/places within 1, 3 and 5 years
    CHECK(riskText(s.placesAtRisk[0]) == QStringLiteral("RPE Nord: 1/4 3/8 4/12"));
    CHECK(riskText(s.placesAtRisk[1]) == QStringLiteral("RPE Sud: 1/4 1/4 2/6"));
    CHECK(riskText(s.placesAtRisk[2]) ==
          SurveySummaryService::tr("All RPEs") + QStringLiteral(": 2/8 4/12 6/18"));
    CHECK(s.placesAtRisk[0].relayId == c.north);
    CHECK(s.placesAtRisk[2].relayId == 0);
}

TEST_CASE("The survey summary ranks training wishes per relay")
{
    Campaign c;
    const SurveySummary s = c.summarize();
    REQUIRE(s.trainingWishes.size() == 2);
    CHECK(s.trainingWishes[0].relayName == QStringLiteral("RPE Nord"));
    CHECK(s.trainingWishes[0].respondents == 4);
    CHECK(countsText(s.trainingWishes[0].themes) == QStringLiteral("DEV=2 NUM=2 SEC=1 -oth-=1"));
    CHECK(s.trainingWishes[1].respondents == 2);
    CHECK(countsText(s.trainingWishes[1].themes) == QStringLiteral("DEV=2 SEC=1 NUM=0 -oth-=0"));
}

TEST_CASE("The survey summary of one relay restricts every figure to it")
{
    Campaign c;
    const SurveySummary s = c.summarize(c.south);
    CHECK(s.relayId == c.south);
    CHECK(s.relayName == QStringLiteral("RPE Sud"));
    CHECK(reachText(s.reach) == QStringLiteral("RPE Sud: 4 4 3 0 1"));
    REQUIRE(s.reachByRelay.size() == 1);
    const auto& kids = find(s, QStringLiteral("kids"));
    CHECK(kids.answered == 3);
    CHECK(*kids.mean == Approx(3.0));
    CHECK(countsText(find(s, QStringLiteral("themes")).counts) ==
          QStringLiteral("DEV=2 SEC=1 NUM=0 -oth-=0"));
    CHECK(find(s, QStringLiteral("format")).asked == 0);
    REQUIRE(s.placesAtRisk.size() == 2);
    CHECK(riskText(s.placesAtRisk[0]) == QStringLiteral("RPE Sud: 1/4 1/4 2/6"));
    CHECK(riskText(s.placesAtRisk[1]) ==
          SurveySummaryService::tr("All RPEs") + QStringLiteral(": 1/4 1/4 2/6"));
    REQUIRE(s.trainingWishes.size() == 1);
    CHECK(s.trainingWishes[0].respondents == 2);
}

TEST_CASE("Free texts are left out unless asked for, and have names removed")
{
    Campaign c;
    const SurveySummary without = c.summarize();
    CHECK_FALSE(without.includesFreeTexts);
    CHECK(find(without, QStringLiteral("comment")).freeTexts.isEmpty());
    CHECK(find(without, QStringLiteral("themes")).freeTexts.isEmpty());

    const SurveySummary with = c.summarize(0, true);
    CHECK(with.includesFreeTexts);
    const QString name = SurveySummaryService::tr("[name]");
    const auto& comment = find(with, QStringLiteral("comment"));
    CHECK(comment.freeTextCount == 2);
    REQUIRE(comment.freeTexts.size() == 2);
    // Her own first and usage names, and whoever follows a title.
    CHECK(comment.freeTexts[0] == QStringLiteral("%1 %1 dit que %1 l'aide, comme %1.").arg(name));
    CHECK(comment.freeTexts[1] == QStringLiteral("Rien à signaler"));
    const auto& themes = find(with, QStringLiteral("themes"));
    CHECK(themes.freeTexts == QStringList{QStringLiteral("Langue des signes, avec %1").arg(name)});
    CHECK(find(with, QStringLiteral("kids")).freeTexts.isEmpty());
}

TEST_CASE("Names are removed from free texts whatever their case and compounds")
{
    FreeTextRow author{
        {}, QStringLiteral("Marie-Claire"), QStringLiteral("Lefèvre Martin"), QStringLiteral("Émery")};
    const QString n = SurveySummaryService::tr("[name]");
    CHECK(SurveySummaryService::withoutNames(QStringLiteral("marie-claire LEFÈVRE MARTIN, née émery"),
                                             author) == QStringLiteral("%1 %1, née %1").arg(n));
    CHECK(SurveySummaryService::withoutNames(QStringLiteral("Claire voit Madame de la Tour et Mme. Petit"),
                                             author) == QStringLiteral("%1 voit %1 et %1").arg(n));
    // Words that merely contain a name, and lower-case words after a title, stay.
    CHECK(SurveySummaryService::withoutNames(QStringLiteral("Martinez et madame la directrice"), author) ==
          QStringLiteral("Martinez et madame la directrice"));
}

TEST_CASE("The survey summary JSON writes small cells as in the PDF")
{
    Campaign c;
    const auto doc = QJsonDocument::fromJson(surveySummaryToJson(c.summarize()));
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root[QStringLiteral("year")].toInt() == 2026);
    CHECK(root[QStringLiteral("suppressSmallCells")].toBool());
    const QJsonObject reach = root[QStringLiteral("reach")].toObject();
    CHECK(reach[QStringLiteral("responded")].toInt() == 9);
    CHECK(reach[QStringLiteral("refused")].toString() == QStringLiteral("< 5"));
    CHECK(reach[QStringLiteral("responseRate")].toString() == displayPercent(9, 12, true));
    const QJsonArray relays = root[QStringLiteral("reachByRelay")].toArray();
    REQUIRE(relays.size() == 2);
    const QJsonObject south = relays[1].toObject();
    CHECK(south[QStringLiteral("relayName")].toString() == QStringLiteral("RPE Sud"));
    CHECK(south[QStringLiteral("responded")].toString() == QStringLiteral("< 5")); // 3 respondents
    CHECK(south[QStringLiteral("responseRate")].toString() == QStringLiteral("< 5"));
    CHECK(south[QStringLiteral("refused")].isDouble()); // 0 reveals nobody
    CHECK(south[QStringLiteral("refused")].toInt() == 0);
    CHECK(relays[0].toObject()[QStringLiteral("responded")].toInt() == 6);

    const QJsonArray questions = root[QStringLiteral("questions")].toArray();
    REQUIRE(questions.size() == 8);
    const QJsonObject kids = questions[0].toObject();
    CHECK(kids[QStringLiteral("mean")].toDouble() == Approx(2.4)); // 22 / 9, one decimal as in the PDF
    CHECK(kids[QStringLiteral("minimum")].toDouble() == 0);
    const QJsonArray themes = questions[4].toObject()[QStringLiteral("counts")].toArray();
    CHECK(themes[0].toObject()[QStringLiteral("count")].toString() == QStringLiteral("< 5")); // DEV: 4
    CHECK(themes[0].toObject()[QStringLiteral("percent")].toString() == QStringLiteral("< 5"));
    const QJsonObject place = questions[2].toObject()[QStringLiteral("counts")].toArray()[0].toObject();
    CHECK(place[QStringLiteral("count")].toInt() == 6);
    CHECK(place[QStringLiteral("percent")].toString() == displayPercent(6, 9, true));
    CHECK_FALSE(questions[7].toObject().contains(QStringLiteral("freeTexts")));

    const QJsonArray risk = root[QStringLiteral("placesAtRisk")].toArray();
    REQUIRE(risk.size() == 3);
    CHECK(risk[0].toObject()[QStringLiteral("placesWithin5")].toString() ==
          QStringLiteral("< 5")); // 4 people
    CHECK(risk[2].toObject()[QStringLiteral("peopleWithin5")].toInt() == 6);
    CHECK(risk[2].toObject()[QStringLiteral("placesWithin5")].toInt() == 18);
    const QJsonArray wishes = root[QStringLiteral("trainingWishes")].toArray();
    CHECK(wishes[1]
              .toObject()[QStringLiteral("themes")]
              .toArray()[2]
              .toObject()[QStringLiteral("count")]
              .toInt() == 0);
}

TEST_CASE("The survey summary JSON of one relay hides the means of fewer than 5 answers")
{
    Campaign c;
    SurveySummary s = c.summarize(c.south);
    QJsonObject kids = QJsonDocument::fromJson(surveySummaryToJson(s))
                           .object()[QStringLiteral("questions")]
                           .toArray()[0]
                           .toObject();
    CHECK(kids[QStringLiteral("answered")].toString() == QStringLiteral("< 5"));
    CHECK(kids[QStringLiteral("mean")].toString() == QStringLiteral("< 5"));
    CHECK(kids[QStringLiteral("maximum")].toString() == QStringLiteral("< 5"));
    // Without suppression (the on-screen view of the whole campaign) every figure is exact.
    s.suppressSmallCells = false;
    kids = QJsonDocument::fromJson(surveySummaryToJson(s))
               .object()[QStringLiteral("questions")]
               .toArray()[0]
               .toObject();
    CHECK(kids[QStringLiteral("answered")].toInt() == 3);
    CHECK(kids[QStringLiteral("mean")].toDouble() == Approx(3.0));
}
