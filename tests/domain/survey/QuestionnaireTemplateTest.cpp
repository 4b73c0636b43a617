#include "QuestionnaireTemplate.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {

Question question(const QString& code, QuestionType type, QList<AnswerOption> options = {},
                  DisplayCondition condition = {})
{
    Question q;
    q.code = code;
    q.text = QStringLiteral("Texte de ") + code;
    q.type = type;
    q.options = std::move(options);
    q.condition = std::move(condition);
    return q;
}

const QList<AnswerOption> kCareerPlans = {
    {QStringLiteral("continuer"), QStringLiteral("Poursuivre mon activité")},
    {QStringLiteral("mam"), QStringLiteral("Passer en MAM")},
    {QStringLiteral("cesser"), QStringLiteral("Cesser mon activité")}};

// Two sections: the career plan, then "when?" shown only to those who plan to stop.
QuestionnaireTemplate annualSurvey()
{
    QuestionnaireTemplate t;
    t.name = QStringLiteral("Enquête annuelle");
    t.sections = {{QStringLiteral("Projets"),
                   {question(QStringLiteral("projet"), QuestionType::SingleChoice, kCareerPlans),
                    question(QStringLiteral("echeance"), QuestionType::Number, {},
                             {QStringLiteral("projet"), {QStringLiteral("cesser")}})}},
                  {QStringLiteral("Contact"),
                   {question(QStringLiteral("rappel"), QuestionType::YesNo),
                    question(QStringLiteral("creneau"), QuestionType::ShortText, {},
                             {QStringLiteral("rappel"), {QStringLiteral("Y")}})}}};
    return t;
}

} // namespace

TEST_CASE("Question types have stable keys that read back")
{
    QStringList keys;
    for (QuestionType t : allQuestionTypes()) {
        keys << questionTypeKey(t);
        CHECK(questionTypeFromKey(questionTypeKey(t)) == t);
        CHECK_FALSE(questionTypeLabel(t).isEmpty());
    }
    CHECK(keys == QStringList{QStringLiteral("single_choice"), QStringLiteral("multiple_choice"),
                              QStringLiteral("yes_no"), QStringLiteral("scale_1_5"), QStringLiteral("number"),
                              QStringLiteral("date"), QStringLiteral("short_text"),
                              QStringLiteral("long_text")});
    CHECK_FALSE(questionTypeFromKey(QStringLiteral("ranking")));
    CHECK(isChoiceType(QuestionType::MultipleChoice));
    CHECK_FALSE(isChoiceType(QuestionType::YesNo));
}

TEST_CASE("A well-formed questionnaire validates and lists its questions in order")
{
    const QuestionnaireTemplate t = annualSurvey();
    CHECK(t.validate().isEmpty());
    QStringList codes;
    for (const Question& q : t.allQuestions())
        codes << q.code;
    CHECK(codes == QStringList{QStringLiteral("projet"), QStringLiteral("echeance"), QStringLiteral("rappel"),
                               QStringLiteral("creneau")});
    REQUIRE(t.find(QStringLiteral("rappel")) != nullptr);
    CHECK(t.find(QStringLiteral("rappel"))->type == QuestionType::YesNo);
    CHECK(t.find(QStringLiteral("absent")) == nullptr);
}

TEST_CASE("Validation reports duplicate codes once")
{
    QuestionnaireTemplate t = annualSurvey();
    t.sections[1].questions << question(QStringLiteral("projet"), QuestionType::LongText)
                            << question(QStringLiteral("projet"), QuestionType::Date);
    const QStringList problems = t.validate();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("projet")));
}

TEST_CASE("Validation reports conditions on later, unknown or own questions")
{
    QuestionnaireTemplate t = annualSurvey();
    // "projet" now depends on "rappel", which comes after it.
    t.sections[0].questions[0].condition = {QStringLiteral("rappel"), {QStringLiteral("Y")}};
    t.sections[1].questions[1].condition = {QStringLiteral("inconnue"), {QStringLiteral("Y")}};
    t.sections[1].questions[0].condition = {QStringLiteral("rappel"), {QStringLiteral("Y")}};
    const QStringList problems = t.validate();
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].contains(QStringLiteral("projet")));
    CHECK(problems[0].contains(QStringLiteral("after")));
    CHECK(problems[1].contains(QStringLiteral("own")));
    CHECK(problems[2].contains(QStringLiteral("inconnue")));
    CHECK(problems[2].contains(QStringLiteral("does not exist")));
}

TEST_CASE("Validation reports choice questions without options and other misfits")
{
    QuestionnaireTemplate t = annualSurvey();
    t.name.clear();
    t.sections[0].questions << question(QStringLiteral("themes"), QuestionType::MultipleChoice);
    Question number = question(QStringLiteral("places"), QuestionType::Number);
    number.allowOther = true;
    t.sections[0].questions << number;
    t.sections[0].questions << question(
        QStringLiteral("lieu"), QuestionType::SingleChoice,
        {{QStringLiteral("a"), QStringLiteral("Domicile")}, {QStringLiteral("a"), QStringLiteral("MAM")}});
    t.sections[0].questions << question(QStringLiteral("suite"), QuestionType::ShortText, {},
                                        {QStringLiteral("projet"), {}});
    t.sections[0].questions << question(QString(), QuestionType::ShortText);
    const QStringList problems = t.validate();
    REQUIRE(problems.size() == 6);
    CHECK(problems[0].contains(QStringLiteral("no name")));
    CHECK(problems[1].contains(QStringLiteral("themes")));
    CHECK(problems[1].contains(QStringLiteral("without any option")));
    CHECK(problems[2].contains(QStringLiteral("places")));
    CHECK(problems[3].contains(QStringLiteral("lieu")));
    CHECK(problems[4].contains(QStringLiteral("suite")));
    CHECK(problems[5].contains(QStringLiteral("no code")));
}

TEST_CASE("A conditional question shows only for one of the expected answers")
{
    const QuestionnaireTemplate t = annualSurvey();
    const Question& when = *t.find(QStringLiteral("echeance"));
    const Question& plan = *t.find(QStringLiteral("projet"));
    CHECK(shouldShow(plan, {}));
    CHECK_FALSE(shouldShow(when, {}));
    CHECK_FALSE(shouldShow(when, {{QStringLiteral("projet"), {QStringLiteral("mam")}}}));
    CHECK(shouldShow(when, {{QStringLiteral("projet"), {QStringLiteral("cesser")}}}));

    // A multiple choice matches when any of its values is expected.
    Question multi = when;
    multi.condition = {QStringLiteral("themes"), {QStringLiteral("vae"), QStringLiteral("cap")}};
    CHECK(shouldShow(multi,
                     {{QStringLiteral("themes"), {QStringLiteral("secourisme"), QStringLiteral("cap")}}}));
    CHECK_FALSE(shouldShow(multi, {{QStringLiteral("themes"), {QStringLiteral("secourisme")}}}));
}

TEST_CASE("A question hides with the question it depends on")
{
    QuestionnaireTemplate t = annualSurvey();
    // "creneau" depends on "rappel", which now depends on "projet".
    t.sections[1].questions[0].condition = {QStringLiteral("projet"), {QStringLiteral("cesser")}};
    REQUIRE(t.validate().isEmpty());
    const QHash<QString, QStringList> stale = {{QStringLiteral("projet"), {QStringLiteral("mam")}},
                                               {QStringLiteral("rappel"), {QStringLiteral("Y")}}};
    CHECK(t.visibleQuestionCodes(stale) == QStringList{QStringLiteral("projet")});
    const QHash<QString, QStringList> stopping = {{QStringLiteral("projet"), {QStringLiteral("cesser")}},
                                                  {QStringLiteral("rappel"), {QStringLiteral("Y")}}};
    CHECK(t.visibleQuestionCodes(stopping) ==
          QStringList{QStringLiteral("projet"), QStringLiteral("echeance"), QStringLiteral("rappel"),
                      QStringLiteral("creneau")});
}
