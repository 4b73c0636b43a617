#include "ServerCopy.h"
#include "AuditChain.h"
#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlAuditRepository.h"
#include "SqlChildminderRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {

// A small register with accents, agréments and an audit trail.
std::unique_ptr<Database> localRegister(int people)
{
    auto db = Database::openInMemory();
    SqlChildminderRepository persons(*db);
    SqlApprovalRepository approvals(*db);
    db->inWriteTransaction([&] {
        for (int i = 0; i < people; ++i) {
            Childminder p = makePerson(i % 2 ? QStringLiteral("Lefèvre") : QStringLiteral("Gérard"),
                                       QStringLiteral("Hélène %1").arg(i));
            persons.insert(p);
            Approval a = makeApproval(p.id, QStringLiteral("055-2021-%1").arg(i, 4, 10, QLatin1Char('0')),
                                      QDate(2021, 3, 1), QDate(2026, 2, 28));
            approvals.save(a);
        }
    });
    return db;
}

qint64 rows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A table's checksum ignores row order and sees any changed value")
{
    auto first = Database::openInMemory();
    auto second = Database::openInMemory();
    for (auto* db : {first.get(), second.get()})
        db->execute(QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT, c REAL)"));
    first->execute(QStringLiteral("INSERT INTO t VALUES (1, 'Hélène', 2.5), (2, NULL, NULL)"));
    second->execute(QStringLiteral("INSERT INTO t VALUES (2, NULL, NULL), (1, 'Hélène', 2.5)"));
    const QStringList columns = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    qint64 n1 = 0;
    qint64 n2 = 0;
    CHECK(ServerCopy::checksum(*first, QStringLiteral("t"), columns, &n1) ==
          ServerCopy::checksum(*second, QStringLiteral("t"), columns, &n2));
    CHECK(n1 == 2);
    second->execute(QStringLiteral("UPDATE t SET b = 'Helene' WHERE a = 1"));
    CHECK(ServerCopy::checksum(*first, QStringLiteral("t"), columns, &n1) !=
          ServerCopy::checksum(*second, QStringLiteral("t"), columns, &n2));
    // An empty value and a missing one are different rows.
    second->execute(QStringLiteral("UPDATE t SET b = 'Hélène' WHERE a = 1"));
    second->execute(QStringLiteral("UPDATE t SET b = '' WHERE a = 2"));
    CHECK(ServerCopy::checksum(*first, QStringLiteral("t"), columns, &n1) !=
          ServerCopy::checksum(*second, QStringLiteral("t"), columns, &n2));
}

TEST_CASE("Only a local file is copied, and only to a server", "[sqlite-only]")
{
    auto local = localRegister(1);
    auto other = Database::openInMemory();
    CHECK_THROWS_AS(ServerCopy::copy(*local, *other), StorageError);
}

TEST_CASE("A local database copied to PostgreSQL keeps every row, id, search entry and audit seal",
          "[postgresql-only]")
{
    if (!testingOnServer()) {
        WARN("needs the PostgreSQL run (PARCOURS_TEST_BACKEND=postgresql)");
        return;
    }
    auto local = localRegister(30);
    auto server = openTestDatabase();
    const auto results = ServerCopy::copy(*local, *server);
    REQUIRE_FALSE(results.isEmpty());
    for (const auto& r : results) {
        INFO(r.table.toStdString());
        CHECK(r.matches());
    }
    CHECK(rows(*server, QStringLiteral("childminders")) == 30);
    CHECK(rows(*server, QStringLiteral("approvals")) == 30);
    CHECK(rows(*server, QStringLiteral("audit_log")) == rows(*local, QStringLiteral("audit_log")));
    CHECK(rows(*server, QStringLiteral("audit_log")) > 0);

    // The search index came along: accent-insensitive prefixes find the copied people.
    SqlChildminderRepository persons(*server);
    ChildminderQuery query;
    query.text = QStringLiteral("lef hel");
    CHECK(persons.count(query) == 15);
    query.text = QStringLiteral("2021-0007");
    CHECK(persons.count(query) == 1);
    // The trail still verifies, and a new record gets an id after the copied ones.
    const AuditVerification check = AuditChain::verify(*server);
    CHECK(check.intact);
    CHECK(check.checkedRows > 0);
    Childminder newcomer = makePerson(QStringLiteral("Nouvelle"), QStringLiteral("Anne"));
    server->inWriteTransaction([&] { persons.insert(newcomer); });
    CHECK(newcomer.id == 31);
    CHECK(AuditChain::verify(*server).intact);
}

TEST_CASE("A copy never goes into a server database that already holds records", "[postgresql-only]")
{
    if (!testingOnServer()) {
        WARN("needs the PostgreSQL run (PARCOURS_TEST_BACKEND=postgresql)");
        return;
    }
    auto local = localRegister(3);
    auto server = openTestDatabase();
    ServerCopy::copy(*local, *server);
    auto again = localRegister(5);
    CHECK_THROWS_AS(ServerCopy::copy(*again, *server), StorageError);
    CHECK(rows(*server, QStringLiteral("childminders")) == 3);
}
