#include "Database.h"
#include "Migrations.h"
#include "QtStringMaker.h"
#include "QuestionnaireJson.h"
#include "SqlQuestionnaireRepository.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;

namespace {
// A template that uses every field: each type, help, options, "autre" and a
// condition, so a round trip that drops anything shows.
QuestionnaireTemplate sample(const QString& name = QStringLiteral("Enquête test"))
{
    QuestionnaireTemplate t;
    t.name = name;
    Question places{QStringLiteral("places"),
                    QStringLiteral("Places « agréées » ?"),
                    QStringLiteral("Sur l'agrément en cours."),
                    QuestionType::Number,
                    true,
                    {},
                    false,
                    {},
                    {},
                    {}};
    Question plan{QStringLiteral("projet"),
                  QStringLiteral("Projet"),
                  {},
                  QuestionType::SingleChoice,
                  true,
                  {AnswerOption{QStringLiteral("POURSUIVRE"), QStringLiteral("Poursuivre")},
                   AnswerOption{QStringLiteral("CESSER_1"), QStringLiteral("Cesser d'ici 1 an"), 1}},
                  false,
                  {},
                  {QStringLiteral("CESSER_1")},
                  {}};
    Question year{QStringLiteral("retraite"),
                  QStringLiteral("Année de retraite"),
                  {},
                  QuestionType::Number,
                  false,
                  {},
                  false,
                  DisplayCondition{QStringLiteral("projet"), {QStringLiteral("CESSER_1")}},
                  {},
                  {}};
    Question themes{QStringLiteral("themes"),
                    QStringLiteral("Thèmes"),
                    {},
                    QuestionType::MultipleChoice,
                    false,
                    {AnswerOption{QStringLiteral("A"), QStringLiteral("Éveil")}},
                    true,
                    {},
                    {},
                    trainingThemesRole()};
    t.sections = {QuestionnaireSection{QStringLiteral("Activité"), {places}},
                  QuestionnaireSection{QStringLiteral("Projets"), {plan, year, themes}}};
    for (QuestionType type : {QuestionType::YesNo, QuestionType::Scale1To5, QuestionType::Date,
                              QuestionType::ShortText, QuestionType::LongText})
        t.sections[0].questions.append(
            Question{questionTypeKey(type), QStringLiteral("Q"), {}, type, false, {}, false, {}, {}, {}});
    return t;
}
} // namespace

TEST_CASE("The JSON form of a questionnaire keeps every field")
{
    QuestionnaireTemplate t = sample();
    t.version = 4;
    t.createdAt = QDateTime(QDate(2026, 11, 29), QTime(10, 30), Qt::UTC);
    REQUIRE(t.validate().isEmpty());
    for (bool indented : {false, true}) {
        QString error;
        const auto back = questionnaireFromJson(questionnaireToJson(t, indented), &error);
        REQUIRE(back);
        CHECK(error.isEmpty());
        CHECK(back->name == t.name);
        CHECK(back->version == 4);
        CHECK(back->createdAt == t.createdAt);
        CHECK(back->sections == t.sections);
    }
    // Stable output: the same template always gives the same bytes.
    CHECK(questionnaireToJson(t) == questionnaireToJson(*questionnaireFromJson(questionnaireToJson(t))));
    CHECK(questionnaireToJson(t).contains("\"type\":\"single_choice\""));
}

TEST_CASE("Malformed or foreign questionnaire JSON is refused with a reason")
{
    QString error;
    CHECK_FALSE(questionnaireFromJson("{\"format\": \"parcours-questionnaire\"", &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(questionnaireFromJson("{\"format\": \"something-else\"}", &error));
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK_FALSE(
        questionnaireFromJson("{\"format\": \"parcours-questionnaire\", \"sections\": [{\"questions\": "
                              "[{\"code\": \"q1\", \"type\": \"slider\"}]}]}",
                              &error));
    CHECK(error.contains(QStringLiteral("slider")));
}

TEST_CASE("Saving a questionnaire always adds a version and never changes an earlier one")
{
    auto db = parcours::testing::openTestDatabase();
    SqlQuestionnaireRepository repo(*db);
    CHECK_FALSE(repo.latest(QStringLiteral("Enquête test")));
    CHECK(repo.names().isEmpty());

    QuestionnaireTemplate first = sample();
    repo.save(first);
    CHECK(first.id > 0);
    CHECK(first.version == 1);
    CHECK(first.createdAt.isValid());

    QuestionnaireTemplate edited = first; // editing keeps the id: it must still insert
    edited.sections[0].title = QStringLiteral("Activité (révisée)");
    edited.createdAt = QDateTime(QDate(2027, 1, 5), QTime(9, 0), Qt::UTC);
    repo.save(edited);
    CHECK(edited.id != first.id);
    CHECK(edited.version == 2);

    QuestionnaireTemplate other = sample(QStringLiteral("Autre enquête"));
    repo.save(other);
    CHECK(other.version == 1);

    const auto v1 = repo.find(first.id);
    REQUIRE(v1);
    CHECK(v1->version == 1);
    CHECK(v1->name == first.name);
    CHECK(v1->createdAt == first.createdAt);
    CHECK(v1->sections == first.sections);
    CHECK(v1->sections[0].title == QStringLiteral("Activité"));

    const auto last = repo.latest(QStringLiteral("Enquête test"));
    REQUIRE(last);
    CHECK(last->id == edited.id);
    CHECK(last->version == 2);
    CHECK(last->createdAt == edited.createdAt);
    CHECK(last->sections == edited.sections);
    const Question* year = last->find(QStringLiteral("retraite"));
    REQUIRE(year);
    CHECK(year->condition.questionCode == QStringLiteral("projet"));

    const auto versions = repo.versions(QStringLiteral("Enquête test"));
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].id == first.id);
    CHECK(versions[0].version == 1);
    CHECK(versions[0].createdAt == first.createdAt);
    CHECK(versions[1].id == edited.id);
    CHECK(versions[1].version == 2);
    CHECK(repo.versions(QStringLiteral("Inconnue")).isEmpty());
    CHECK(repo.names() == QStringList{QStringLiteral("Autre enquête"), QStringLiteral("Enquête test")});
    CHECK_FALSE(repo.find(9999));
}

TEST_CASE("A version-1 database is migrated to the questionnaire table and can store one", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(PARCOURS_TEST_DATA "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto db = Database::open(path);
    CHECK(latestSchemaVersion() >= 3);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    SqlQuestionnaireRepository repo(*db);
    QuestionnaireTemplate t = sample();
    repo.save(t);
    CHECK(t.version == 1);
    CHECK(repo.latest(t.name)->id == t.id);
}
