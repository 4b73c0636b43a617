#include "HtmlText.h"
#include "LssRelevance.h"
#include "LssTypeMapping.h"
#include "QtStringMaker.h"

using namespace parcours;

TEST_CASE("HTML texts become plain text")
{
    CHECK(htmlToPlainText(QStringLiteral("<p>Combien d&rsquo;enfants <b>accueillez</b>-vous&nbsp;?</p>")) ==
          QStringLiteral("Combien d\u2019enfants accueillez-vous ?"));
    CHECK(htmlToPlainText(QStringLiteral("Enqu&ecirc;te &amp; suivi&#160;: &#x00E9;t&#233;")) ==
          QStringLiteral("Enquête & suivi : été"));
    CHECK(htmlToPlainText(QStringLiteral("Ligne 1<br />Ligne 2<br>\r\n")) ==
          QStringLiteral("Ligne 1\nLigne 2"));
    CHECK(htmlToPlainText(QStringLiteral("a < b et c > d")) == QStringLiteral("a < b et c > d"));
    CHECK(htmlToPlainText(QStringLiteral("<!-- note --><span title=\"a>b\">texte</span>")) ==
          QStringLiteral("texte"));
    CHECK(htmlToPlainText(QStringLiteral("&unknown; &#0; &")) == QStringLiteral("&unknown; &#0; &"));
}

TEST_CASE("Script and style in texts stay inert words")
{
    const QString text = htmlToPlainText(QStringLiteral("Question:<script>alert('q');</script>"
                                                        "<style>p{color:red}</style>"));
    CHECK(text == QStringLiteral("Question:alert('q');p{color:red}"));
    // Escaped twice, a tag would come back to life once decoded: it is stripped too.
    const QString twice = htmlToPlainText(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_FALSE(twice.contains(QStringLiteral("<script")));
    CHECK(twice.contains(QStringLiteral("alert(1)")));
    CHECK_FALSE(htmlToPlainText(QStringLiteral("a <img src=x onerror=alert(1)")).contains(QLatin1Char('<')));
}

TEST_CASE("Simple relevance equations become display conditions")
{
    CHECK(isAlwaysRelevant(QStringLiteral(" 1 ")));
    CHECK(isAlwaysRelevant(QString()));
    const auto naok = parseSimpleRelevance(QStringLiteral("((Q01.NAOK == \"A2\"))"));
    REQUIRE(naok);
    CHECK(naok->questionCode == QStringLiteral("Q01"));
    CHECK(naok->expectedValues == QStringList{QStringLiteral("A2")});
    const auto ored = parseSimpleRelevance(QStringLiteral("Q1 == 'A1' or (Q1 == \"A (2)\")"));
    REQUIRE(ored);
    CHECK(ored->expectedValues == QStringList{QStringLiteral("A1"), QStringLiteral("A (2)")});
    CHECK_FALSE(parseSimpleRelevance(QStringLiteral("Q1 == \"A1\" and Q2 == \"Y\"")));
    CHECK_FALSE(parseSimpleRelevance(QStringLiteral("Q1 == \"A1\" or Q2 == \"Y\"")));
    CHECK_FALSE(parseSimpleRelevance(QStringLiteral("Q1 != \"A1\"")));
    CHECK_FALSE(parseSimpleRelevance(QStringLiteral("!is_empty(Q1)")));
    CHECK_FALSE(parseSimpleRelevance(QStringLiteral("Q1 > 3")));
}

TEST_CASE("LimeSurvey question types map to ours or say why not")
{
    CHECK(mapLimeSurveyType(QStringLiteral("L")).type == QuestionType::SingleChoice);
    CHECK(mapLimeSurveyType(QStringLiteral("!")).type == QuestionType::SingleChoice);
    CHECK(mapLimeSurveyType(QStringLiteral("O")).type == QuestionType::SingleChoice);
    CHECK(mapLimeSurveyType(QStringLiteral("M")).type == QuestionType::MultipleChoice);
    CHECK(mapLimeSurveyType(QStringLiteral("P")).optionsFromSubquestions);
    CHECK(mapLimeSurveyType(QStringLiteral("Y")).type == QuestionType::YesNo);
    CHECK(mapLimeSurveyType(QStringLiteral("5")).type == QuestionType::Scale1To5);
    CHECK(mapLimeSurveyType(QStringLiteral("N")).type == QuestionType::Number);
    CHECK(mapLimeSurveyType(QStringLiteral("D")).type == QuestionType::Date);
    CHECK(mapLimeSurveyType(QStringLiteral("S")).type == QuestionType::ShortText);
    CHECK(mapLimeSurveyType(QStringLiteral("T")).type == QuestionType::LongText);
    CHECK(mapLimeSurveyType(QStringLiteral("U")).type == QuestionType::LongText);
    CHECK(mapLimeSurveyType(QStringLiteral("X")).displayText);
    for (const char* t :
         {"F", "A", "B", "C", "E", "H", ";", ":", "1", "R", "G", "Q", "K", "|", "*", "I", "Z"}) {
        const LssTypeMapping m = mapLimeSurveyType(QString::fromLatin1(t));
        CHECK_FALSE(m.type);
        CHECK_FALSE(m.reason.isEmpty());
    }
}
