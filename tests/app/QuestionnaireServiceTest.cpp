#include "QuestionnaireService.h"
#include "AppContext.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

#include <QSet>

using namespace parcours;

namespace {
QStringList optionCodes(const Question& q)
{
    QStringList codes;
    for (const AnswerOption& o : q.options)
        codes << o.code;
    return codes;
}

const Question& question(const QuestionnaireTemplate& t, const QString& code)
{
    const Question* q = t.find(code);
    INFO(code.toStdString());
    REQUIRE(q);
    return *q;
}
} // namespace

TEST_CASE("The shipped annual questionnaire loads and validates without a problem")
{
    const QuestionnaireTemplate t = QuestionnaireService::defaultTemplate();
    CHECK(t.name == QStringLiteral("Enquête annuelle"));
    CHECK(t.validate() == QStringList{});
    REQUIRE(t.sections.size() == 5);
    CHECK(t.sections[0].title == QStringLiteral("Votre activité"));
    CHECK(t.sections[1].title == QStringLiteral("Vos difficultés"));
    CHECK(t.sections[2].title == QStringLiteral("Vos souhaits de formation"));
    CHECK(t.sections[3].title == QStringLiteral("Vos projets professionnels"));
    CHECK(t.sections[4].title == QStringLiteral("Rester en contact"));
}

TEST_CASE("The shipped annual questionnaire covers the four themes and the wish to be recontacted")
{
    const QuestionnaireTemplate t = QuestionnaireService::defaultTemplate();
    // Activité
    for (const char* code : {"enfantsAccueillis", "placesAgrement", "placesUtilisees"})
        CHECK(question(t, QString::fromLatin1(code)).type == QuestionType::Number);
    CHECK(question(t, QStringLiteral("placesDisponibles")).type == QuestionType::YesNo);
    CHECK(optionCodes(question(t, QStringLiteral("lieuExercice"))) ==
          QStringList{QStringLiteral("DOMICILE"), QStringLiteral("MAM"), QStringLiteral("DOMICILE_MAM")});
    // Difficultés
    const QStringList difficulties = optionCodes(question(t, QStringLiteral("difficultes")));
    for (const char* code : {"ISOLEMENT", "PARENTS", "ADMINISTRATIF", "REMUNERATION", "AUTRE"})
        CHECK(difficulties.contains(QString::fromLatin1(code)));
    // Formation
    CHECK(question(t, QStringLiteral("formationThemes")).allowOther);
    CHECK_FALSE(question(t, QStringLiteral("formationFormat")).options.isEmpty());
    CHECK_FALSE(question(t, QStringLiteral("formationHoraires")).options.isEmpty());
    CHECK(question(t, QStringLiteral("interetCapAepe")).text.contains(QStringLiteral("CAP AEPE")));
    CHECK(question(t, QStringLiteral("interetVae")).text.contains(QStringLiteral("VAE")));
    // Projets de carrière
    CHECK(optionCodes(question(t, QStringLiteral("projet"))) ==
          QStringList{QStringLiteral("POURSUIVRE"), QStringLiteral("AUGMENTER"), QStringLiteral("MAM"),
                      QStringLiteral("COLLECTIF"), QStringLiteral("RECONVERSION"), QStringLiteral("CESSER_1"),
                      QStringLiteral("CESSER_3"), QStringLiteral("CESSER_5")});
    CHECK(question(t, QStringLiteral("anneeRetraite")).type == QuestionType::Number);
    // Recontact
    const Question& recontact = question(t, QStringLiteral("recontact"));
    CHECK(recontact.type == QuestionType::YesNo);
    CHECK(recontact.required);

    QSet<QuestionType> types;
    for (const Question& q : t.allQuestions()) {
        types.insert(q.type);
        // Free text is where health details creep in: every such field warns.
        if (q.type == QuestionType::LongText || q.type == QuestionType::ShortText)
            CHECK(q.help.contains(QStringLiteral("santé")));
    }
    CHECK(types.size() == 7); // every type but the date
}

TEST_CASE("The shipped annual questionnaire shows its follow-up questions only when relevant")
{
    const QuestionnaireTemplate t = QuestionnaireService::defaultTemplate();
    int conditions = 0;
    for (const Question& q : t.allQuestions())
        conditions += q.condition.isSet() ? 1 : 0;
    CHECK(conditions >= 2);

    QHash<QString, QStringList> answers;
    answers[QStringLiteral("projet")] = {QStringLiteral("POURSUIVRE")};
    answers[QStringLiteral("difficultes")] = {QStringLiteral("ISOLEMENT")};
    QStringList visible = t.visibleQuestionCodes(answers);
    CHECK_FALSE(visible.contains(QStringLiteral("anneeRetraite")));
    CHECK_FALSE(visible.contains(QStringLiteral("difficulteAutre")));

    answers[QStringLiteral("projet")] = {QStringLiteral("CESSER_3")};
    answers[QStringLiteral("difficultes")] = {QStringLiteral("ISOLEMENT"), QStringLiteral("AUTRE")};
    visible = t.visibleQuestionCodes(answers);
    CHECK(visible.contains(QStringLiteral("anneeRetraite")));
    CHECK(visible.contains(QStringLiteral("difficulteAutre")));
}

TEST_CASE("Installing the default questionnaire is idempotent")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(15, 0), Qt::UTC));
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    QuestionnaireService service(*ctx);
    CHECK(service.installDefaultIfMissing());
    CHECK_FALSE(service.installDefaultIfMissing());
    CHECK(service.names() == QStringList{QStringLiteral("Enquête annuelle")});
    const auto installed = service.latest(QStringLiteral("Enquête annuelle"));
    REQUIRE(installed);
    CHECK(installed->version == 1);
    CHECK(installed->createdAt == clock.now());
    CHECK(installed->sections == QuestionnaireService::defaultTemplate().sections);
    CHECK(service.versions(QStringLiteral("Enquête annuelle")).size() == 1);
}

TEST_CASE("Editing a questionnaire saves version 2 and leaves version 1 as it was")
{
    const FixedClock clock(QDateTime(QDate(2026, 11, 29), QTime(15, 0), Qt::UTC));
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    QuestionnaireService service(*ctx);
    REQUIRE(service.installDefaultIfMissing());
    const QuestionnaireTemplate v1 = *service.latest(QStringLiteral("Enquête annuelle"));

    QuestionnaireTemplate broken = v1;
    broken.sections[0].questions[1].code = broken.sections[0].questions[0].code;
    const FieldErrors errors = service.saveNewVersion(broken);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("questionnaire"));
    CHECK(service.versions(QStringLiteral("Enquête annuelle")).size() == 1);

    QuestionnaireTemplate edited = v1;
    edited.sections[0].questions[0].text = QStringLiteral("Combien d'enfants accueillez-vous ?");
    REQUIRE(service.saveNewVersion(edited).isEmpty());
    CHECK(edited.version == 2);
    CHECK(edited.id != v1.id);

    const auto again = service.find(v1.id);
    REQUIRE(again);
    CHECK(again->version == 1);
    CHECK(again->sections == v1.sections);
    CHECK(service.latest(QStringLiteral("Enquête annuelle"))->id == edited.id);
    CHECK(service.latest(QStringLiteral("Enquête annuelle"))->sections[0].questions[0].text ==
          QStringLiteral("Combien d'enfants accueillez-vous ?"));
}
