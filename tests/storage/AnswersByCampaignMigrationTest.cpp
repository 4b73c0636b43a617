#include "AuditTriggers.h"
#include "Database.h"
#include "Migrations.h"
#include "QtStringMaker.h"
#include "SqlCampaignRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlQuestionnaireRepository.h"
#include "SqlResponseRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Answers whose campaign is not their response's (NULL included).
const QString kMisfiled =
    QStringLiteral("SELECT count(*) FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id "
                   "WHERE a.campaign_id IS DISTINCT FROM r.campaign_id");

void respond(SqlResponseRepository& responses, const SurveyCampaign& campaign, qint64 person,
             const QHash<QString, QStringList>& answers)
{
    SurveyResponse r;
    r.campaignId = campaign.id;
    r.childminderId = person;
    r.questionnaireId = campaign.questionnaireId;
    r.submittedAt = QDateTime(QDate(campaign.year, 3, 1), QTime(9, 0));
    r.answers = answers;
    responses.save(r);
}

// Back to the shape of schema 10 (answers without their campaign, the old
// index, capture triggers of those columns), as a database written by the
// previous version: the capture is suspended meanwhile so that SQLite lets
// the column go (a trigger names it) and PostgreSQL's trigger goes with it.
void downgradeToV10(Database& db)
{
    AuditTriggers::suspend(db);
    db.execute(QStringLiteral("DROP INDEX survey_answers_by_campaign"));
    db.execute(QStringLiteral("ALTER TABLE survey_answers DROP COLUMN campaign_id") +
               (db.isServer() ? QStringLiteral(" CASCADE") : QString()));
    db.execute(
        QStringLiteral("CREATE INDEX survey_answers_by_question ON survey_answers(question_code, value)"));
    db.execute(QStringLiteral("DELETE FROM schema_migrations WHERE version = 11"));
    AuditTriggers::resume(db);
}

} // namespace

TEST_CASE("Migration 11 files existing answers under their campaign without writing to the audit trail",
          "[storage][migration][audit]")
{
    auto db = openTestDatabase();
    REQUIRE(latestSchemaVersion() == 11);
    SqlChildminderRepository people{*db};
    SqlQuestionnaireRepository questionnaires{*db};
    SqlCampaignRepository campaigns{*db};
    SqlResponseRepository responses{*db};

    Childminder anne = makePerson(QStringLiteral("Arnaud"), QStringLiteral("Anne"));
    Childminder berthe = makePerson(QStringLiteral("Blanc"), QStringLiteral("Berthe"));
    people.insert(anne);
    people.insert(berthe);
    QuestionnaireTemplate t;
    t.name = QStringLiteral("Enquête");
    questionnaires.save(t);
    SurveyCampaign first;
    first.year = 2025;
    first.questionnaireId = t.id;
    REQUIRE(campaigns.create(first) == 2);
    SurveyCampaign second;
    second.year = 2026;
    second.questionnaireId = t.id;
    REQUIRE(campaigns.create(second) == 2);
    // 2025: Anne 3 answers (a multiple choice of two), Berthe 1. 2026: Anne 2.
    respond(responses, first, anne.id,
            {{QStringLiteral("wish"), {QStringLiteral("Y")}},
             {QStringLiteral("themes"), {QStringLiteral("DEV"), QStringLiteral("SEC")}}});
    respond(responses, first, berthe.id, {{QStringLiteral("wish"), {QStringLiteral("N")}}});
    respond(
        responses, second, anne.id,
        {{QStringLiteral("wish"), {QStringLiteral("N")}}, {QStringLiteral("kids"), {QStringLiteral("2")}}});

    downgradeToV10(*db);
    REQUIRE(db->schemaVersion() == 10);
    REQUIRE(AuditTriggers::active(*db));
    REQUIRE(scalar(*db, QStringLiteral("SELECT count(*) FROM survey_answers")) == 6);
    const qint64 auditRows = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
    REQUIRE(auditRows > 0); // the capture was on while the answers were written

    migrateToLatest(*db);
    CHECK(db->schemaVersion() == 11);
    CHECK(scalar(*db, kMisfiled) == 0);
    CHECK(
        scalar(*db,
               QStringLiteral("SELECT count(*) FROM survey_answers WHERE campaign_id = %1").arg(first.id)) ==
        4);
    CHECK(
        scalar(*db,
               QStringLiteral("SELECT count(*) FROM survey_answers WHERE campaign_id = %1").arg(second.id)) ==
        2);
    // The back-fill touched six rows and wrote nothing to the trail.
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")) == auditRows);

    // Rebuilt after the migration, the capture covers the new column.
    CHECK(AuditTriggers::active(*db));
    db->inWriteTransaction([&] {
        db->execute(QStringLiteral("UPDATE survey_answers SET campaign_id = %1 WHERE campaign_id = %2")
                        .arg(first.id)
                        .arg(second.id));
    });
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'survey_answers' AND "
                                     "action = 'update' AND field = 'campaign_id'")) == 2);

    // And a new answer is filed by the repository.
    respond(responses, second, berthe.id, {{QStringLiteral("wish"), {QStringLiteral("Y")}}});
    CHECK(
        scalar(*db,
               QStringLiteral("SELECT count(*) FROM survey_answers WHERE campaign_id = %1").arg(second.id)) ==
        1);
}

// The schema-v5 file of the other migration test (answers written by the
// first survey version), upgraded in place: about SQLite files and SQLite's
// planner only.
TEST_CASE("A schema-v5 database's answers are filed under their campaign and summed from one index",
          "[storage][migration][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = copyOfSchemaV5(dir, QStringLiteral("v5.sqlite"));
    REQUIRE_FALSE(path.isEmpty());

    auto db = Database::open(path);
    REQUIRE(db->schemaVersion() == latestSchemaVersion());
    const qint64 answers = scalar(*db, QStringLiteral("SELECT count(*) FROM survey_answers"));
    REQUIRE(answers > 0);
    CHECK(scalar(*db, kMisfiled) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM survey_answers a JOIN survey_responses r ON "
                                     "r.id = a.response_id")) == answers);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'survey_answers'")) == 0);
    CHECK(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                     "'survey_answers_by_question'")) == 0);

    // A campaign's counts (SqlSurveyStatistics::valueCounts): one range of
    // the covering index, in GROUP BY order, no response read.
    QSqlQuery plan(db->connection());
    REQUIRE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT a.question_code, a.value, count(*) FROM survey_answers a WHERE "
        "a.campaign_id = 1 AND a.question_code IN (SELECT j.value FROM json_each('[\"a\",\"b\"]') j) "
        "GROUP BY a.question_code, a.value")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(QLatin1Char('\n')).toStdString());
    CHECK(steps.join(QLatin1Char('\n'))
              .contains(QStringLiteral("SEARCH a USING COVERING INDEX survey_answers_by_campaign "
                                       "(campaign_id=? AND question_code=?)")));
    CHECK_FALSE(steps.join(QLatin1Char('\n')).contains(QStringLiteral("TEMP B-TREE")));
    CHECK_FALSE(steps.join(QLatin1Char('\n')).contains(QStringLiteral("survey_responses")));
}
