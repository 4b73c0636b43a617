// The C-API path the register's pages take on SQLite (SqliteStatement), and
// the page itself, which must read the same on both backends.

#include "SqliteStatement.h"
#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("A SQLite statement binds every value type and reads text, numbers, dates and NULLs",
          "[sqlite-only]")
{
    auto db = Database::openInMemory();
    auto statement = SqliteStatement::prepare(
        *db, QStringLiteral("SELECT ?, ?, ?, ?, ?, '2024-02-29', 'pas une date', NULL"));
    REQUIRE(statement);
    statement->start({QVariant(qint64(1) << 40), 2.5, QStringLiteral("Hélène « Lefèvre »"),
                      QVariant(QMetaType(QMetaType::QString)), true});
    REQUIRE(statement->next());
    CHECK(statement->int64(0) == (qint64(1) << 40));
    CHECK(statement->text(1) == QStringLiteral("2.5"));
    CHECK(statement->text(2) == QStringLiteral("Hélène « Lefèvre »"));
    CHECK(statement->isNull(3));
    CHECK(statement->integer(4) == 1);
    CHECK(statement->date(5) == QDate(2024, 2, 29));
    CHECK_FALSE(statement->date(6).isValid());
    CHECK_FALSE(statement->date(7).isValid());
    CHECK(statement->text(7).isNull());
    CHECK_FALSE(statement->next());

    // Runs again with new values, as the page cache does.
    statement->start({1, 2, QStringLiteral("x"), 3, false});
    REQUIRE(statement->next());
    CHECK(statement->int64(0) == 1);
    CHECK(statement->integer(4) == 0);

    // A null QString is NULL, as QtSql binds it; an empty one is ''.
    auto nulls = SqliteStatement::prepare(*db, QStringLiteral("SELECT ? IS NULL, ? IS NULL"));
    REQUIRE(nulls);
    nulls->start({QString(), QStringLiteral("")});
    REQUIRE(nulls->next());
    CHECK(nulls->integer(0) == 1);
    CHECK(nulls->integer(1) == 0);
}

TEST_CASE("A SQLite statement refuses bad SQL and reports a failed step in French", "[sqlite-only]")
{
    auto db = Database::openInMemory();
    CHECK_THROWS_AS(SqliteStatement::prepare(*db, QStringLiteral("SELECT FROM nowhere")), StorageError);
    auto statement = SqliteStatement::prepare(*db, QStringLiteral("SELECT abs(?)"));
    REQUIRE(statement);
    statement->start({std::numeric_limits<qint64>::min()}); // abs() overflows: "integer overflow"
    try {
        statement->next();
        FAIL("the overflow was not reported");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(QStringLiteral("integer overflow")));
    }
    // Usable again after the failure.
    statement->start({-4});
    REQUIRE(statement->next());
    CHECK(statement->int64(0) == 4);
}

TEST_CASE("Reading a page leaves no read transaction open behind it", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.sqlite"));
    auto reader = Database::open(path);
    SqlChildminderRepository readerPeople(*reader);
    for (int i = 0; i < 30; ++i) {
        Childminder p =
            makePerson(QStringLiteral("Nom%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("A"));
        readerPeople.insert(p);
    }
    ChildminderQuery query;
    query.limit = 10; // fewer rows than there are: the statement stops early
    CHECK(readerPeople.list(query).size() == 10);

    // A reader still inside a transaction would keep the WAL from being
    // copied back in full: a truncating checkpoint from another connection
    // reports it as busy (first column 1).
    auto writer = Database::open(path);
    SqlChildminderRepository writerPeople(*writer);
    Childminder late = makePerson(QStringLiteral("Zola"), QStringLiteral("B"));
    writerPeople.insert(late);
    QSqlQuery checkpoint(writer->connection());
    REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(checkpoint.next());
    CHECK(checkpoint.value(0).toInt() == 0);

    // And the reader sees the other connection's row at its next page.
    query.limit = 100;
    CHECK(readerPeople.list(query).size() == 31);
}

TEST_CASE("A server connection has no SQLite handle: pages go through QtSql", "[postgresql-only]")
{
    if (!testingOnServer()) {
        WARN("not on a PostgreSQL server");
        return;
    }
    auto db = openTestDatabase();
    CHECK_FALSE(SqliteStatement::prepare(*db, QStringLiteral("SELECT 1")));
}

TEST_CASE("A register page carries every column, the birth name standing in for a missing usage name")
{
    auto db = openTestDatabase();
    SqlChildminderRepository people(*db);
    SqlApprovalRepository approvals(*db);
    Childminder married = makePerson(QStringLiteral("Lefèvre"), QStringLiteral("Hélène"), QDate(1971, 3, 9));
    married.birthName = QStringLiteral("Bénard");
    married.phone = QStringLiteral("03 29 12 34 56");
    married.status = ChildminderStatus::Suspended;
    people.insert(married);
    Approval a =
        makeApproval(married.id, QStringLiteral("55-2020-0042"), QDate(2020, 1, 1), QDate(2030, 12, 31), 3);
    approvals.save(a);
    Childminder single = makePerson(QString(), QStringLiteral("Anne"), QDate());
    single.birthName = QStringLiteral("Aubert");
    people.insert(single);

    ChildminderQuery query;
    const QList<ChildminderSummary> page = people.list(query);
    REQUIRE(page.size() == 2);
    // Sorted by name: Aubert, then Lefèvre.
    CHECK(page[0].id == single.id);
    CHECK(page[0].surname == QStringLiteral("Aubert"));
    CHECK_FALSE(page[0].birthDate.isValid());
    CHECK(page[0].approvalNumber.isEmpty());
    CHECK_FALSE(page[0].approvalEnd.isValid());
    CHECK(page[0].places == 0);
    CHECK(page[1].id == married.id);
    CHECK(page[1].surname == QStringLiteral("Lefèvre"));
    CHECK(page[1].firstName == QStringLiteral("Hélène"));
    CHECK(page[1].birthDate == QDate(1971, 3, 9));
    CHECK(page[1].communeName == QStringLiteral("Bar-le-Duc"));
    CHECK(page[1].postalCode == QStringLiteral("55000"));
    CHECK(page[1].status == ChildminderStatus::Suspended);
    CHECK(page[1].approvalNumber == QStringLiteral("55-2020-0042"));
    CHECK(page[1].approvalEnd == QDate(2030, 12, 31));
    CHECK(page[1].places == 3);
    CHECK(page[1].phone == QStringLiteral("03 29 12 34 56"));
    CHECK(page[1].relayName.isEmpty());

    query.offset = 1;
    const QList<ChildminderSummary> second = people.list(query);
    REQUIRE(second.size() == 1);
    CHECK(second[0].id == married.id);
}
