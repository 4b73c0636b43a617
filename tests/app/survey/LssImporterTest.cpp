#include "LssImporter.h"
#include "DomainError.h"
#include "QtStringMaker.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace parcours;

// The LimeSurvey samples of tests/data/limesurvey (see the README there), as
// they are and as the tests alter them: other question types, conditions,
// truncated copies, files that are not exports.
namespace {

QString sample(const char* name)
{
    return QStringLiteral(PARCOURS_LSS_TEST_DATA) + QLatin1Char('/') + QLatin1String(name);
}

QByteArray sampleBytes(const char* name)
{
    QFile file(sample(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList codes(const QuestionnaireTemplate& t)
{
    QStringList all;
    for (const Question& q : t.allQuestions())
        all << q.code;
    return all;
}

// The not-mapped line about this question (they start with its code).
QString lineAbout(const LssImportResult& r, const QString& prefix)
{
    for (const QString& line : r.notMapped)
        if (line.startsWith(prefix))
            return line;
    return {};
}

// Every text the import produced, for the "nothing executable" checks.
QStringList allTexts(const LssImportResult& r)
{
    QStringList texts = r.notMapped;
    texts << r.surveyTitle << r.questionnaire.name;
    for (const QuestionnaireSection& s : r.questionnaire.sections) {
        texts << s.title;
        for (const Question& q : s.questions) {
            texts << q.text << q.help;
            for (const AnswerOption& o : q.options)
                texts << o.label;
        }
    }
    return texts;
}

const char* const kAllSamples[] = {"limesurvey_survey_161359_quickTranslation.lss",
                                   "limesurvey_survey_489_default.lss",
                                   "limesurvey_survey_836215_ranking_with_condition.lss",
                                   "limesurvey_survey_88881.lss",
                                   "limesurvey_survey_CorruptedSurvey.lss",
                                   "limesurvey_survey_XssAndScriptCheck.lss"};

} // namespace

TEST_CASE("LSS the default 489 export imports its one long-text question")
{
    const LssImportResult r = LssImporter::importFile(sample("limesurvey_survey_489_default.lss"));
    CHECK(r.dbVersion == 489);
    CHECK(r.language == QStringLiteral("en"));
    CHECK(r.surveyTitle == QStringLiteral("Default survey 5.3.28"));
    CHECK(r.notMapped.isEmpty());
    const QuestionnaireTemplate& t = r.questionnaire;
    CHECK(t.name == r.surveyTitle);
    CHECK(t.version == 1);
    CHECK(t.validate().isEmpty());
    REQUIRE(t.sections.size() == 1);
    CHECK(t.sections[0].title == QStringLiteral("My first question group"));
    REQUIRE(codes(t) == QStringList{QStringLiteral("Q00")});
    const Question& q = t.sections[0].questions[0];
    CHECK(q.type == QuestionType::LongText);
    CHECK_FALSE(q.required);
    CHECK(q.text == QStringLiteral("A first example question. Please answer this question:"));
    CHECK(q.help == QStringLiteral("This is a question help text."));
    CHECK_FALSE(q.condition.isSet());
}

TEST_CASE("LSS the old 324 layout takes the French texts and lists arrays and display texts")
{
    const LssImportResult r = LssImporter::importFile(sample("limesurvey_survey_88881.lss"));
    CHECK(r.dbVersion == 324);
    CHECK(r.language == QStringLiteral("fr")); // English is the base language, French is preferred
    CHECK(r.surveyTitle == QStringLiteral("Enquête test groupe de randomisation"));
    const QuestionnaireTemplate& t = r.questionnaire;
    CHECK(t.validate().isEmpty());
    // Groupe C holds only arrays: no section is left for it.
    REQUIRE(t.sections.size() == 2);
    CHECK(t.sections[0].title == QStringLiteral("Groupe A"));
    CHECK(t.sections[1].title == QStringLiteral("Groupe B"));
    CHECK(codes(t) == QStringList{QStringLiteral("Q1"), QStringLiteral("Q2"), QStringLiteral("Q3"),
                                  QStringLiteral("Q4"), QStringLiteral("Q5"), QStringLiteral("Q6")});
    CHECK(t.find(QStringLiteral("Q1"))->type == QuestionType::ShortText);
    CHECK(t.find(QStringLiteral("Q1"))->text == QStringLiteral("1 Texte Q1"));
    CHECK(t.find(QStringLiteral("Q2"))->type == QuestionType::LongText);
    CHECK(t.find(QStringLiteral("Q3"))->type == QuestionType::LongText);
    for (const char* code : {"Q4", "Q5", "Q6"}) {
        const Question* q = t.find(QLatin1String(code));
        REQUIRE(q != nullptr);
        CHECK(q->type == QuestionType::SingleChoice);
        CHECK_FALSE(q->allowOther);
        CHECK(q->options ==
              QList<AnswerOption>{
                  {QStringLiteral("A1"), QStringLiteral("Certains option de réponse par exemple")},
                  {QStringLiteral("A2"), QStringLiteral("Nouvelle option de réponse")}});
    }
    CHECK(t.find(QStringLiteral("Q5"))->text == QStringLiteral("Liste Q5 2"));

    CHECK(r.notMapped.size() == 10);
    CHECK(lineAbout(r, QStringLiteral("Q7 (LimeSurvey type B)")).contains(QStringLiteral("array")));
    CHECK(lineAbout(r, QStringLiteral("Q8 (LimeSurvey type :)")).contains(QStringLiteral("array")));
    CHECK(lineAbout(r, QStringLiteral("Q9 (LimeSurvey type C)")).contains(QStringLiteral("array")));
    for (const char* code : {"g1q1", "g1q2", "g1q3", "g2q1", "g2q2", "g2q3"})
        CHECK(lineAbout(r, QLatin1String(code) + QStringLiteral(" (LimeSurvey type X)"))
                  .contains(QStringLiteral("display text")));
    CHECK(lineAbout(r, QStringLiteral("Q6:")).contains(QStringLiteral("comment")));
}

TEST_CASE("LSS a translated survey without French takes its base language")
{
    const LssImportResult r =
        LssImporter::importFile(sample("limesurvey_survey_161359_quickTranslation.lss"));
    CHECK(r.dbVersion == 490);
    CHECK(r.language == QStringLiteral("en"));
    CHECK(r.surveyTitle == QStringLiteral("translation"));
    CHECK(codes(r.questionnaire) == QStringList{QStringLiteral("Q00")});
    CHECK(r.questionnaire.sections[0].questions[0].type == QuestionType::LongText);
    CHECK(r.notMapped.isEmpty());
}

TEST_CASE("LSS the 717 export keeps the list and reports the ranking")
{
    const LssImportResult r =
        LssImporter::importFile(sample("limesurvey_survey_836215_ranking_with_condition.lss"));
    CHECK(r.dbVersion == 717);
    CHECK(r.language == QStringLiteral("fr"));
    CHECK(r.surveyTitle == QStringLiteral("test fra"));
    REQUIRE(codes(r.questionnaire) == QStringList{QStringLiteral("Q01")});
    const Question& q = r.questionnaire.sections[0].questions[0];
    CHECK(r.questionnaire.sections[0].title == QStringLiteral("Mon premier groupe de question"));
    CHECK(q.type == QuestionType::SingleChoice);
    CHECK(q.text == QStringLiteral("Pick one"));
    CHECK(q.options == QList<AnswerOption>{{QStringLiteral("A1"), QStringLiteral("Choice A")},
                                           {QStringLiteral("A2"), QStringLiteral("Choice B")}});
    REQUIRE(r.notMapped.size() == 1);
    CHECK(r.notMapped[0].startsWith(QStringLiteral("Q00 (LimeSurvey type R)")));
    CHECK(r.notMapped[0].contains(QStringLiteral("ranking")));
}

TEST_CASE("LSS a relevance equation on an earlier question becomes a display condition")
{
    // The ranking turned into a multiple choice: its items become the options
    // and its relevance ((Q01.NAOK == "A2")) a condition.
    QByteArray data = sampleBytes("limesurvey_survey_836215_ranking_with_condition.lss");
    data.replace("<type><![CDATA[R]]></type>", "<type><![CDATA[M]]></type>");
    const LssImportResult r = LssImporter::importData(data);
    CHECK(r.notMapped.isEmpty());
    REQUIRE(codes(r.questionnaire) == QStringList{QStringLiteral("Q01"), QStringLiteral("Q00")});
    const Question& q = *r.questionnaire.find(QStringLiteral("Q00"));
    CHECK(q.type == QuestionType::MultipleChoice);
    CHECK(q.options == QList<AnswerOption>{{QStringLiteral("SQ001"), QStringLiteral("Option A")},
                                           {QStringLiteral("SQ002"), QStringLiteral("Option B")}});
    CHECK(q.condition == DisplayCondition{QStringLiteral("Q01"), {QStringLiteral("A2")}});
    CHECK(shouldShow(q, {{QStringLiteral("Q01"), {QStringLiteral("A2")}}}));
    CHECK_FALSE(shouldShow(q, {{QStringLiteral("Q01"), {QStringLiteral("A1")}}}));

    // A richer equation is reported, and the question is then always shown.
    data.replace("((Q01.NAOK == \"A2\"))", "((Q01.NAOK == \"A2\" and !is_empty(Q01)))");
    const LssImportResult complex = LssImporter::importData(data);
    CHECK_FALSE(complex.questionnaire.find(QStringLiteral("Q00"))->condition.isSet());
    REQUIRE(complex.notMapped.size() == 1);
    CHECK(complex.notMapped[0].startsWith(QStringLiteral("Q00: display condition")));
    CHECK(complex.notMapped[0].contains(QStringLiteral("is_empty")));
}

TEST_CASE("LSS old conditions rows become display conditions when they test equality")
{
    QByteArray data = sampleBytes("limesurvey_survey_88881.lss");
    // Q5 shows when Q4 is A1 or A2; Q6 when Q4 is not A1 (not importable).
    const QByteArray conditions = R"(<conditions><rows>
  <row><cid>1</cid><qid>9659</qid><cqid>9658</cqid><cfieldname>88881X798X9658</cfieldname>
    <method>==</method><value>A1</value><scenario>1</scenario></row>
  <row><cid>2</cid><qid>9659</qid><cqid>9658</cqid><cfieldname>88881X798X9658</cfieldname>
    <method>==</method><value>A2</value><scenario>1</scenario></row>
  <row><cid>3</cid><qid>9660</qid><cqid>9658</cqid><cfieldname>88881X798X9658</cfieldname>
    <method>!=</method><value>A1</value><scenario>1</scenario></row>
 </rows></conditions>
</document>)";
    data.replace("</document>", conditions);
    const LssImportResult r = LssImporter::importData(data);
    CHECK(r.questionnaire.find(QStringLiteral("Q5"))->condition ==
          DisplayCondition{QStringLiteral("Q4"), {QStringLiteral("A1"), QStringLiteral("A2")}});
    CHECK_FALSE(r.questionnaire.find(QStringLiteral("Q6"))->condition.isSet());
    CHECK(lineAbout(r, QStringLiteral("Q6: display condition")).contains(QStringLiteral("!=")));
    CHECK(r.notMapped.size() == 11);
}

TEST_CASE("LSS the CorruptedSurvey file is well-formed and imports")
{
    const LssImportResult r = LssImporter::importFile(sample("limesurvey_survey_CorruptedSurvey.lss"));
    CHECK(r.dbVersion == 650);
    CHECK(r.language == QStringLiteral("de"));
    CHECK(r.surveyTitle == QStringLiteral("Corrupted survey - missing language"));
    REQUIRE(codes(r.questionnaire) == QStringList{QStringLiteral("test")});
    CHECK(r.questionnaire.sections[0].questions[0].type == QuestionType::LongText);
    CHECK(r.questionnaire.sections[0].questions[0].text == QStringLiteral("test"));
    CHECK(r.notMapped.isEmpty());
}

TEST_CASE("LSS script in texts is kept as inert plain text")
{
    const LssImportResult r = LssImporter::importFile(sample("limesurvey_survey_XssAndScriptCheck.lss"));
    CHECK(r.dbVersion == 495);
    REQUIRE(codes(r.questionnaire) == QStringList{QStringLiteral("Q00")});
    const Question& q = r.questionnaire.sections[0].questions[0];
    CHECK(q.text == QStringLiteral("Question:alert('question');"));
    CHECK(q.help == QStringLiteral("Help:alert('help');"));
    // The script field is not carried over, and says so.
    REQUIRE(r.notMapped.size() == 1);
    CHECK(r.notMapped[0].startsWith(QStringLiteral("Q00: the question's JavaScript")));
    for (const QString& text : allTexts(r)) {
        CHECK_FALSE(text.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        CHECK_FALSE(text.contains(QLatin1Char('<')));
    }
}

TEST_CASE("LSS no sample leaves markup in its texts")
{
    for (const char* name : kAllSamples) {
        INFO(name);
        const LssImportResult r = LssImporter::importFile(sample(name));
        CHECK(r.questionnaire.validate().isEmpty());
        for (const QString& text : allTexts(r))
            CHECK_FALSE(text.contains(QLatin1Char('<')));
    }
}

TEST_CASE("LSS a truncated export is refused")
{
    for (const char* name : kAllSamples) {
        INFO(name);
        const QByteArray whole = sampleBytes(name);
        try {
            LssImporter::importData(whole.left(whole.size() / 2));
            FAIL("a truncated file was imported");
        } catch (const DomainError& e) {
            CHECK(e.message().contains(QStringLiteral("incomplete")));
        }
    }
    // Cut inside a CDATA section, a few bytes before the end.
    const QByteArray whole = sampleBytes("limesurvey_survey_489_default.lss");
    CHECK_THROWS_AS(LssImporter::importData(whole.left(whole.size() - 20)), DomainError);
}

TEST_CASE("LSS a file that is not XML is refused")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("enquete.lss"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Nom;Prénom;Réponse\nDUPONT;Hélène;Oui\n");
    file.close();
    try {
        LssImporter::importFile(path);
        FAIL("a CSV file was imported");
    } catch (const DomainError& e) {
        CHECK(e.message().contains(QStringLiteral("not an XML file")));
    }
    CHECK_THROWS_AS(LssImporter::importData(QByteArray()), DomainError);
    CHECK_THROWS_AS(LssImporter::importData(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)), DomainError);
    CHECK_THROWS_AS(LssImporter::importFile(dir.filePath(QStringLiteral("absent.lss"))), DomainError);
}

TEST_CASE("LSS an XML file that is not a survey export is refused")
{
    try {
        LssImporter::importData("<?xml version=\"1.0\"?><html><body>Enquête</body></html>");
        FAIL("an HTML page was imported");
    } catch (const DomainError& e) {
        CHECK(e.message().contains(QStringLiteral("not a LimeSurvey survey structure")));
    }
    CHECK_THROWS_AS(LssImporter::importData("<document><DBVersion>489</DBVersion></document>"), DomainError);
    // A question-group export (.lsg) has the same shape but is not a survey.
    QByteArray group = sampleBytes("limesurvey_survey_489_default.lss");
    group.replace("<LimeSurveyDocType>Survey<", "<LimeSurveyDocType>Group<");
    try {
        LssImporter::importData(group);
        FAIL("a group export was imported");
    } catch (const DomainError& e) {
        CHECK(e.message().contains(QStringLiteral("\"Group\"")));
    }
}

TEST_CASE("LSS an export without any importable question is refused")
{
    QByteArray empty = sampleBytes("limesurvey_survey_489_default.lss");
    const qsizetype start = empty.indexOf("<questions>");
    const qsizetype end = empty.indexOf("</questions>") + qsizetype(sizeof("</questions>") - 1);
    REQUIRE(start > 0);
    empty.remove(start, end - start);
    try {
        LssImporter::importData(empty);
        FAIL("an export without question was imported");
    } catch (const DomainError& e) {
        CHECK(e.message().contains(QStringLiteral("contains no question")));
    }

    QByteArray onlyRanking = sampleBytes("limesurvey_survey_836215_ranking_with_condition.lss");
    onlyRanking.replace("<type><![CDATA[L]]></type>", "<type><![CDATA[F]]></type>");
    try {
        LssImporter::importData(onlyRanking);
        FAIL("an export without importable question was imported");
    } catch (const DomainError& e) {
        CHECK(e.message().contains(QStringLiteral("None of the questions")));
        CHECK(e.message().contains(QStringLiteral("Q00 (LimeSurvey type R)")));
        CHECK(e.message().contains(QStringLiteral("Q01 (LimeSurvey type F)")));
    }
}
