#include "ResponseRules.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {

Question question(const QString& code, QuestionType type, bool required = false,
                  QList<AnswerOption> options = {}, DisplayCondition condition = {})
{
    Question q;
    q.code = code;
    q.text = QStringLiteral("Texte de ") + code;
    q.type = type;
    q.required = required;
    q.options = std::move(options);
    q.condition = std::move(condition);
    return q;
}

// Places (required number), a plan with "stop" calling for a follow-up, the
// year of stopping shown only then, themes with "autre", a scale and a date.
QuestionnaireTemplate survey()
{
    QuestionnaireTemplate t;
    t.name = QStringLiteral("Enquête");
    Question plan = question(QStringLiteral("plan"), QuestionType::SingleChoice, true,
                             {{QStringLiteral("GO"), QStringLiteral("Poursuivre")},
                              {QStringLiteral("STOP"), QStringLiteral("Cesser"), 1}});
    plan.followUpValues = {QStringLiteral("STOP")};
    Question themes = question(
        QStringLiteral("themes"), QuestionType::MultipleChoice, false,
        {{QStringLiteral("A"), QStringLiteral("Éveil")}, {QStringLiteral("B"), QStringLiteral("Sécurité")}});
    themes.allowOther = true;
    Question recontact = question(QStringLiteral("recontact"), QuestionType::YesNo);
    recontact.followUpValues = {QStringLiteral("Y")};
    t.sections = {
        {QStringLiteral("Activité"),
         {question(QStringLiteral("places"), QuestionType::Number, true),
          question(QStringLiteral("note"), QuestionType::Scale1To5),
          question(QStringLiteral("depuis"), QuestionType::Date)}},
        {QStringLiteral("Projets"),
         {plan,
          question(QStringLiteral("quand"), QuestionType::Number, true, {},
                   DisplayCondition{QStringLiteral("plan"), {QStringLiteral("STOP")}}),
          themes, recontact}},
    };
    return t;
}

SurveyResponse answers(std::initializer_list<std::pair<const char*, QStringList>> values)
{
    SurveyResponse r;
    for (const auto& [code, v] : values)
        r.answers.insert(QString::fromLatin1(code), v);
    return r;
}

} // namespace

TEST_CASE("A complete response has no problem")
{
    const QuestionnaireTemplate t = survey();
    REQUIRE(t.validate().isEmpty());
    const SurveyResponse r = answers({{"places", {QStringLiteral("4")}},
                                      {"note", {QStringLiteral("5")}},
                                      {"depuis", {QStringLiteral("2019-09-01")}},
                                      {"plan", {QStringLiteral("GO")}},
                                      {"themes", {QStringLiteral("A"), QStringLiteral("B")}}});
    CHECK(ResponseRules(t).problems(r).isEmpty());
}

TEST_CASE("Required questions must be answered only when they are shown")
{
    const QuestionnaireTemplate t = survey();
    SurveyResponse r = answers({{"plan", {QStringLiteral("GO")}}});
    auto problems = ResponseRules(t).problems(r);
    CHECK(problems.keys() == QList<QString>{QStringLiteral("places")});

    r = answers({{"places", {QStringLiteral("3")}}, {"plan", {QStringLiteral("STOP")}}});
    problems = ResponseRules(t).problems(r);
    CHECK(problems.keys() == QList<QString>{QStringLiteral("quand")});
    // Blank values do not count as an answer.
    r.answers.insert(QStringLiteral("quand"), {QStringLiteral("  ")});
    CHECK(ResponseRules(t).problems(r).contains(QStringLiteral("quand")));
}

TEST_CASE("Each question type refuses values of the wrong kind")
{
    const QuestionnaireTemplate t = survey();
    const ResponseRules rules(t);
    auto problemFor = [&](const char* code, QStringList values) {
        SurveyResponse r = answers({{"places", {QStringLiteral("1")}}, {"plan", {QStringLiteral("GO")}}});
        r.answers.insert(QString::fromLatin1(code), values);
        return rules.problems(r).value(QString::fromLatin1(code));
    };
    CHECK_FALSE(problemFor("places", {QStringLiteral("trois")}).isEmpty());
    CHECK_FALSE(problemFor("places", {QStringLiteral("-2")}).isEmpty());
    CHECK(problemFor("places", {QStringLiteral("2.5")}).isEmpty());
    CHECK_FALSE(problemFor("note", {QStringLiteral("6")}).isEmpty());
    CHECK_FALSE(problemFor("note", {QStringLiteral("0")}).isEmpty());
    CHECK(problemFor("note", {QStringLiteral("1")}).isEmpty());
    CHECK_FALSE(problemFor("depuis", {QStringLiteral("31/02/2020")}).isEmpty());
    CHECK_FALSE(problemFor("plan", {QStringLiteral("MAYBE")}).isEmpty());
    CHECK_FALSE(problemFor("plan", {QStringLiteral("GO"), QStringLiteral("STOP")}).isEmpty());
    CHECK_FALSE(problemFor("recontact", {QStringLiteral("Oui")}).isEmpty());
    CHECK(problemFor("recontact", {QStringLiteral("N")}).isEmpty());
    CHECK_FALSE(problemFor("themes", {QStringLiteral("A"), QStringLiteral("Z")}).isEmpty());
}

TEST_CASE("Autre needs its text and only where the question offers it")
{
    QuestionnaireTemplate t = survey();
    SurveyResponse r = answers({{"places", {QStringLiteral("1")}},
                                {"plan", {QStringLiteral("GO")}},
                                {"themes", {QStringLiteral("A"), otherAnswerCode()}}});
    CHECK(ResponseRules(t).problems(r).contains(QStringLiteral("themes")));
    r.otherTexts.insert(QStringLiteral("themes"), QStringLiteral("Langue des signes"));
    CHECK(ResponseRules(t).problems(r).isEmpty());

    SurveyResponse wrong = r;
    wrong.answers.insert(QStringLiteral("plan"), {otherAnswerCode()});
    CHECK(ResponseRules(t).problems(wrong).contains(QStringLiteral("plan")));
}

TEST_CASE("Cleaning drops hidden, unknown and blank answers and orphan autre texts")
{
    const QuestionnaireTemplate t = survey();
    SurveyResponse r = answers({{"places", {QStringLiteral(" 2 ")}},
                                {"plan", {QStringLiteral("GO")}},
                                {"quand", {QStringLiteral("2027")}}, // hidden: plan is not STOP
                                {"inconnue", {QStringLiteral("x")}},
                                {"note", {QString()}},
                                {"themes", {QStringLiteral("A"), QStringLiteral("A")}}});
    r.otherTexts.insert(QStringLiteral("themes"), QStringLiteral("texte sans autre"));
    ResponseRules(t).clean(r);
    CHECK(r.answers.value(QStringLiteral("places")) == QStringList{QStringLiteral("2")});
    CHECK(r.answers.value(QStringLiteral("themes")) == QStringList{QStringLiteral("A")});
    CHECK_FALSE(r.answers.contains(QStringLiteral("quand")));
    CHECK_FALSE(r.answers.contains(QStringLiteral("inconnue")));
    CHECK_FALSE(r.answers.contains(QStringLiteral("note")));
    CHECK(r.otherTexts.isEmpty());
}

TEST_CASE("Follow-up questions are those answered with a follow-up value")
{
    const QuestionnaireTemplate t = survey();
    const ResponseRules rules(t);
    CHECK(rules
              .followUpQuestions(
                  answers({{"plan", {QStringLiteral("GO")}}, {"recontact", {QStringLiteral("N")}}}))
              .isEmpty());
    CHECK(rules.followUpQuestions(
              answers({{"plan", {QStringLiteral("STOP")}}, {"recontact", {QStringLiteral("Y")}}})) ==
          QStringList{QStringLiteral("plan"), QStringLiteral("recontact")});
}

TEST_CASE("A follow-up value the question does not offer makes the template invalid")
{
    QuestionnaireTemplate t = survey();
    t.sections[1].questions[0].followUpValues = {QStringLiteral("NOPE")};
    t.sections[1].questions[3].followUpValues = {QStringLiteral("Y"), QStringLiteral("Oui")};
    const QStringList problems = t.validate();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].contains(QStringLiteral("NOPE")));
    CHECK(problems[1].contains(QStringLiteral("Oui")));
}
