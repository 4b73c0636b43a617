#include "Database.h"
#include "DomainError.h"
#include "Migrations.h"
#include "QtStringMaker.h"
#include "SqlChildminderRepository.h"
#include "SqlValues.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <thread>

using namespace parcours;
using namespace parcours::testing;

namespace {
// Opens the same database each call: a file in a new folder (its parent
// folders created on the way), or one schema on the test server.
class Reopenable
{
  public:
    std::unique_ptr<Database> open() const
    {
        return testingOnServer() ? Database::openServer(m_server) : Database::open(m_path);
    }

  private:
    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("sub/folder/parcours.sqlite"));
    ServerSettings m_server = testingOnServer() ? testServerSettings() : ServerSettings{};
};
} // namespace

TEST_CASE("A new database is migrated to the latest schema and keeps its data when reopened")
{
    Reopenable database;
    qint64 id = 0;
    {
        auto db = database.open();
        CHECK(db->schemaVersion() == latestSchemaVersion());
        SqlChildminderRepository repo(*db);
        auto p = makePerson(QStringLiteral("Lefèvre"), QStringLiteral("Hélène"));
        db->inWriteTransaction([&] { repo.insert(p); });
        id = p.id;
    }
    auto db = database.open();
    CHECK(db->schemaVersion() == latestSchemaVersion());
    SqlChildminderRepository repo(*db);
    const auto p = repo.find(id);
    REQUIRE(p);
    CHECK(p->usageName == QStringLiteral("Lefèvre"));
    CHECK(p->firstName == QStringLiteral("Hélène"));
}

TEST_CASE("A new database file is created with its folders", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/parcours.sqlite"));
    CHECK(Database::open(path)->schemaVersion() == latestSchemaVersion());
    CHECK(QFile::exists(path));
}

TEST_CASE("Pragmas: WAL and foreign keys are on", "[sqlite-only]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.sqlite")));
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

TEST_CASE("A file that is not a database is refused with a clear message and left untouched", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray junk("Ceci n'est pas une base de donnees, juste un texte assez long pour SQLite.\n");
    f.write(junk.repeated(20));
    f.close();
    CHECK_THROWS_AS(Database::open(path), StorageError);
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == junk.repeated(20));
}

TEST_CASE("A database from a newer version is refused")
{
    Reopenable database;
    database.open()->execute(
        QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')"));
    CHECK_THROWS_AS(database.open(), StorageError);
}

TEST_CASE("A failed write transaction leaves nothing behind")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository repo(*db);
    CHECK_THROWS_AS(db->inWriteTransaction([&] {
        auto p = makePerson(QStringLiteral("Martin"), QStringLiteral("Anne"));
        repo.insert(p);
        throw DomainError(QStringLiteral("boom"));
    }),
                    DomainError);
    CHECK(repo.count({}) == 0);
}

TEST_CASE("A nested transaction rolls back alone when caught")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository repo(*db);
    db->inWriteTransaction([&] {
        auto a = makePerson(QStringLiteral("Martin"), QStringLiteral("Anne"));
        repo.insert(a);
        try {
            db->inWriteTransaction([&] {
                auto b = makePerson(QStringLiteral("Durand"), QStringLiteral("Lucie"));
                repo.insert(b);
                throw DomainError(QStringLiteral("inner"));
            });
        } catch (const DomainError&) {
        }
    });
    CHECK(repo.count({}) == 1);
}

TEST_CASE("Dates round-trip through the database text format")
{
    for (const QDate d : {QDate(2024, 2, 29), QDate(1900, 1, 1), QDate(9999, 12, 31), QDate(812, 5, 7)}) {
        const QVariant stored = dateToDb(d);
        CHECK(stored.toString() == d.toString(Qt::ISODate));
        CHECK(dateFromDb(stored) == d);
    }
    CHECK(dateToDb(QDate()).isNull());
    CHECK_FALSE(dateFromDb(QVariant(QMetaType(QMetaType::QString))).isValid());
}

TEST_CASE("A cancel flag stops a long statement with an error, and the connection works again after",
          "[sqlite-only]")
{
    auto db = parcours::testing::openTestDatabase();
    std::atomic<bool> cancel{false};
    db->setCancelFlag(&cancel);
    // Two billion steps: minutes if it ran to the end.
    const QString endless = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                           "WHERE i < 2000000000) SELECT count(*) FROM n");
    QSqlQuery& q = db->prepared(endless);
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    QElapsedTimer timer;
    timer.start();
    CHECK_THROWS_AS(Database::run(q), StorageError);
    stopper.join();
    CHECK(timer.elapsed() < 30000);
    q.finish();

    cancel = false;
    QSqlQuery& small = db->prepared(QStringLiteral("SELECT 6 * 7"));
    Database::run(small);
    REQUIRE(small.next());
    CHECK(small.value(0).toInt() == 42);
    small.finish();
    db->setCancelFlag(nullptr);
}
