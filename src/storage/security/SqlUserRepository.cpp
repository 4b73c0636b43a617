#include "SqlUserRepository.h"

#include "Database.h"
#include "DomainError.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace parcours {

namespace {

const QString kColumns = QStringLiteral(
    "id, login, display_name, role, password_hash, failed_attempts, last_failure_at, locked, active, "
    "created_at, updated_at, version");

// Moments are stored as ISO UTC text with milliseconds, so they sort in SQL.
QVariant momentToDb(const QDateTime& t)
{
    if (!t.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime momentFromDb(const QVariant& v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

UserAccount fromRow(const QSqlQuery& q)
{
    UserAccount u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    // An unknown key (a newer version's role) signs in with the least rights.
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::ReadOnly);
    u.passwordHash = q.value(4).toString();
    u.failedAttempts = q.value(5).toInt();
    u.lastFailureAt = momentFromDb(q.value(6));
    u.locked = q.value(7).toInt() != 0;
    u.active = q.value(8).toInt() != 0;
    u.createdAt = momentFromDb(q.value(9));
    u.updatedAt = momentFromDb(q.value(10));
    u.version = q.value(11).toInt();
    return u;
}

} // namespace

QList<UserAccount> SqlUserRepository::list() const
{
    QSqlQuery& q =
        m_db.prepared(QStringLiteral("SELECT %1 FROM users ORDER BY login COLLATE NOCASE, id").arg(kColumns));
    Database::run(q);
    QList<UserAccount> users;
    while (q.next())
        users.append(fromRow(q));
    q.finish();
    return users;
}

std::optional<UserAccount> SqlUserRepository::find(qint64 id) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns));
    q.bindValue(0, id);
    Database::run(q);
    std::optional<UserAccount> user;
    if (q.next())
        user = fromRow(q);
    q.finish();
    return user;
}

std::optional<UserAccount> SqlUserRepository::findByLogin(const QString& login) const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT %1 FROM users WHERE login = ?").arg(kColumns));
    q.bindValue(0, login.trimmed());
    Database::run(q);
    std::optional<UserAccount> user;
    if (q.next())
        user = fromRow(q);
    q.finish();
    return user;
}

int SqlUserRepository::count() const
{
    QSqlQuery& q = m_db.prepared(QStringLiteral("SELECT count(*) FROM users"));
    Database::run(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

namespace {
// The columns INSERT and UPDATE both write, in the order of their statements.
QVariantList accountValues(const UserAccount& user)
{
    return {user.login.trimmed(),        textToDb(user.displayName), roleKey(user.role),
            textToDb(user.passwordHash), user.failedAttempts,        momentToDb(user.lastFailureAt),
            user.locked ? 1 : 0,         user.active ? 1 : 0};
}
} // namespace

void SqlUserRepository::save(UserAccount& user)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!user.createdAt.isValid())
        user.createdAt = now;
    if (!user.updatedAt.isValid())
        user.updatedAt = user.createdAt;
    if (user.id == 0) {
        QSqlQuery& q = m_db.prepared(QStringLiteral(
            "INSERT INTO users(login, display_name, role, password_hash, failed_attempts, last_failure_at, "
            "locked, active, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
            "RETURNING id"));
        bindAll(q, accountValues(user) << momentToDb(user.createdAt) << momentToDb(user.updatedAt));
        Database::run(q);
        user.id = Database::insertedId(q);
        user.version = 1;
        return;
    }
    QSqlQuery& q = m_db.prepared(QStringLiteral(
        "UPDATE users SET login = ?, display_name = ?, role = ?, password_hash = ?, failed_attempts = ?, "
        "last_failure_at = ?, locked = ?, active = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"));
    bindAll(q, accountValues(user) << momentToDb(user.updatedAt) << user.id << user.version);
    Database::run(q);
    if (q.numRowsAffected() != 1)
        throw ConcurrencyConflict(QCoreApplication::translate(
            "SqlUserRepository",
            "Someone else changed this user account meanwhile. Reopen it and try again."));
    ++user.version;
}

} // namespace parcours
