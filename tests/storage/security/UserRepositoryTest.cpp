#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlUserRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {
UserAccount makeUser(const QString& login, Role role)
{
    UserAccount u;
    u.login = login;
    u.displayName = QStringLiteral("Claire Petit");
    u.role = role;
    u.passwordHash = QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$c2FsdA$aGFzaA");
    u.createdAt = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    u.updatedAt = u.createdAt;
    return u;
}
} // namespace

TEST_CASE("Users repository - accounts are stored, found by login whatever its case, and listed by login")
{
    auto db = parcours::testing::openTestDatabase();
    SqlUserRepository users(*db);
    CHECK(users.count() == 0);
    UserAccount claire = makeUser(QStringLiteral("cpetit"), Role::Coordinator);
    users.save(claire);
    UserAccount alain = makeUser(QStringLiteral("Alain.B"), Role::ReadOnly);
    users.save(alain);
    CHECK(claire.id > 0);
    CHECK(claire.version == 1);
    CHECK(users.count() == 2);

    const auto found = users.findByLogin(QStringLiteral(" CPETIT "));
    REQUIRE(found);
    CHECK(found->id == claire.id);
    CHECK(found->login == QStringLiteral("cpetit"));
    CHECK(found->role == Role::Coordinator);
    CHECK(found->passwordHash == claire.passwordHash);
    CHECK(found->createdAt == claire.createdAt);
    CHECK(found->active);
    CHECK_FALSE(found->locked);
    CHECK_FALSE(found->lastFailureAt.isValid());

    const auto all = users.list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].login == QStringLiteral("Alain.B"));
    CHECK(all[1].login == QStringLiteral("cpetit"));
    CHECK_FALSE(users.findByLogin(QStringLiteral("nobody")));

    // The same login in another case is the same account: refused.
    UserAccount twin = makeUser(QStringLiteral("CPetit"), Role::ReadOnly);
    CHECK_THROWS_AS(users.save(twin), StorageError);
}

TEST_CASE("Users repository - failures, lock and role are updated with optimistic concurrency")
{
    auto db = parcours::testing::openTestDatabase();
    SqlUserRepository users(*db);
    UserAccount u = makeUser(QStringLiteral("mdupont"), Role::ContactStaff);
    users.save(u);
    UserAccount stale = u;

    u.failedAttempts = 10;
    u.locked = true;
    u.lastFailureAt = QDateTime(QDate(2026, 11, 29), QTime(10, 15, 30, 250), Qt::UTC);
    u.role = Role::ReadOnly;
    users.save(u);
    CHECK(u.version == 2);
    const auto back = users.find(u.id);
    REQUIRE(back);
    CHECK(back->failedAttempts == 10);
    CHECK(back->locked);
    CHECK(back->lastFailureAt == u.lastFailureAt);
    CHECK(back->role == Role::ReadOnly);
    CHECK(back->version == 2);

    stale.displayName = QStringLiteral("Autre");
    CHECK_THROWS_AS(users.save(stale), ConcurrencyConflict);
    CHECK(users.find(u.id)->displayName == QStringLiteral("Claire Petit"));
}

TEST_CASE("Users repository - the schema has the users table from migration 7")
{
    auto db = parcours::testing::openTestDatabase();
    CHECK(db->schemaVersion() >= 7);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(db->isServer()
                       ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                        "table_schema = current_schema() AND table_name = 'users' "
                                        "ORDER BY ordinal_position")
                       : QStringLiteral("SELECT name FROM pragma_table_info('users') ORDER BY cid")));
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    CHECK(columns == QStringList{QStringLiteral("id"), QStringLiteral("login"),
                                 QStringLiteral("display_name"), QStringLiteral("role"),
                                 QStringLiteral("password_hash"), QStringLiteral("failed_attempts"),
                                 QStringLiteral("last_failure_at"), QStringLiteral("locked"),
                                 QStringLiteral("active"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at"), QStringLiteral("version")});
}
