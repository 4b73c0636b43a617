#include "Database.h"
#include "Migrations.h"
#include "QtStringMaker.h"
#include "StorageFixtures.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {

// Row count of every table of the file, read through a bare connection so the
// figures do not depend on the code under test.
QMap<QString, int> tableCounts(const QString& path)
{
    QMap<QString, int> counts;
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-counts"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery tables(raw);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                           "LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const auto& name : names) {
            QSqlQuery count(raw);
            REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)));
            REQUIRE(count.next());
            counts.insert(name, count.value(0).toInt());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-counts"));
    return counts;
}

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

// An existing SQLite file of schema v5 upgraded in place, read back through a
// bare SQLite connection: about SQLite files only.
TEST_CASE("A schema-v5 database with campaigns migrates to the career-path schema without losing a row",
          "[storage][migration][sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = copyOfSchemaV5(dir, QStringLiteral("v5.sqlite"));
    REQUIRE_FALSE(path.isEmpty());

    const QMap<QString, int> before = tableCounts(path);
    REQUIRE(before.value(QStringLiteral("schema_migrations")) == 5);
    REQUIRE(before.value(QStringLiteral("childminders")) > 0);
    REQUIRE(before.value(QStringLiteral("survey_answers")) > 0);

    {
        auto db = Database::open(path);
        CHECK(db->schemaVersion() == latestSchemaVersion());
        CHECK(latestSchemaVersion() >= 6);
        // The new tables are there, empty, and their keys reach the old rows.
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM career_events")) == 0);
        db->execute(
            QStringLiteral("INSERT INTO career_events(childminder_id, date, kind, created_at) "
                           "SELECT min(id), '2026-01-05', 'first_child', '2026-01-05' FROM childminders"));
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM career_events e JOIN childminders c ON "
                                        "c.id = e.childminder_id")) == 1);
    }

    const QMap<QString, int> after = tableCounts(path);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        if (it.key() == QStringLiteral("schema_migrations"))
            CHECK(after.value(it.key()) == it.value() + latestSchemaVersion() - 5);
        else
            CHECK(after.value(it.key()) == it.value());
    }
    for (const char* table : {"partners", "prospects", "training_sessions", "enrolments", "qualifications",
                              "immersions", "collective_activities", "mam_support_actions"}) {
        INFO(table);
        CHECK(after.contains(QString::fromLatin1(table)));
    }
}
