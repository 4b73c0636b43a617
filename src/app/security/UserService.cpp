#include "UserService.h"

#include "AuditService.h"

#include "AccountChecks.h"
#include "AppContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "TransactionRunner.h"
#include "UserRepository.h"

#include <QCoreApplication>

namespace parcours {

UserService::UserService(AppContext& context, PasswordHashLimits limits)
    : m_context(context), m_hasher(limits)
{
}

QList<UserAccount> UserService::list() const
{
    m_context.require(Permission::ManageUsers);
    QList<UserAccount> users = m_context.users().list();
    for (auto& u : users)
        u.passwordHash.clear();
    return users;
}

UserAccount UserService::load(qint64 userId) const
{
    std::optional<UserAccount> user = m_context.users().find(userId);
    if (!user)
        throw NotFound(QCoreApplication::translate("UserService",
                                                   "This user account no longer exists. Refresh the list."));
    return *user;
}

UserAccount UserService::byLogin(const QString& login) const
{
    m_context.require(Permission::ManageUsers);
    std::optional<UserAccount> user = m_context.users().findByLogin(login);
    if (!user)
        throw NotFound(QCoreApplication::translate("UserService", "There is no user « %1 ».").arg(login));
    user->passwordHash.clear();
    return *user;
}

void UserService::store(UserAccount& user)
{
    user.updatedAt = m_context.clock().now().toUTC();
    m_context.users().save(user);
}

bool UserService::isLastActiveCoordinator(const UserAccount& user) const
{
    if (user.role != Role::Coordinator || !user.active)
        return false;
    for (const auto& other : m_context.users().list())
        if (other.id != user.id && other.active && other.role == Role::Coordinator)
            return false;
    return true;
}

UserAccount UserService::add(const NewUser& newUser)
{
    m_context.require(Permission::ManageUsers);
    const QString login = newUser.login.trimmed();
    checkLogin(login);
    checkNewPassword(newUser.password, login);
    if (m_context.users().findByLogin(login))
        throw DomainError(QCoreApplication::translate(
                              "UserService", "The login « %1 » is already taken: choose another one.")
                              .arg(login));
    const QString hash = m_hasher.hash(newUser.password);
    UserAccount user;
    user.login = login;
    user.displayName = newUser.displayName.trimmed();
    user.role = newUser.role;
    user.passwordHash = hash;
    user.createdAt = m_context.clock().now().toUTC();
    m_context.transactions().inWriteTransaction([&] { store(user); });
    logInfo(QStringLiteral("user %1 created by %2 as %3")
                .arg(user.login, m_context.session().login, roleKey(user.role)));
    user.passwordHash.clear();
    return user;
}

void UserService::changeRole(qint64 userId, Role role)
{
    m_context.require(Permission::ManageUsers);
    m_context.transactions().inWriteTransaction([&] {
        UserAccount user = load(userId);
        if (user.role == role)
            return;
        if (role != Role::Coordinator && isLastActiveCoordinator(user))
            throw DomainError(
                QCoreApplication::translate(
                    "UserService",
                    "%1 is the last active coordinator: give another account the coordinator role "
                    "first.")
                    .arg(user.login));
        user.role = role;
        store(user);
        logInfo(QStringLiteral("role of %1 set to %2 by %3")
                    .arg(user.login, roleKey(role), m_context.session().login));
    });
}

void UserService::setDisplayName(qint64 userId, const QString& displayName)
{
    m_context.require(Permission::ManageUsers);
    m_context.transactions().inWriteTransaction([&] {
        UserAccount user = load(userId);
        user.displayName = displayName.trimmed();
        store(user);
    });
}

void UserService::deactivate(qint64 userId)
{
    m_context.require(Permission::ManageUsers);
    m_context.transactions().inWriteTransaction([&] {
        UserAccount user = load(userId);
        if (!user.active)
            return;
        if (user.id == m_context.session().userId)
            throw DomainError(QCoreApplication::translate(
                "UserService", "You cannot deactivate your own account: ask another coordinator."));
        if (isLastActiveCoordinator(user))
            throw DomainError(
                QCoreApplication::translate("UserService",
                                            "%1 is the last active coordinator and cannot be deactivated.")
                    .arg(user.login));
        user.active = false;
        store(user);
        logInfo(QStringLiteral("user %1 deactivated by %2").arg(user.login, m_context.session().login));
    });
}

void UserService::reactivate(qint64 userId)
{
    m_context.require(Permission::ManageUsers);
    m_context.transactions().inWriteTransaction([&] {
        UserAccount user = load(userId);
        if (user.active)
            return;
        user.active = true;
        store(user);
        logInfo(QStringLiteral("user %1 reactivated by %2").arg(user.login, m_context.session().login));
    });
}

void UserService::resetPassword(qint64 userId, const QString& newPassword)
{
    m_context.require(Permission::ManageUsers);
    const UserAccount current = load(userId);
    checkNewPassword(newPassword, current.login);
    const QString hash = m_hasher.hash(newPassword);
    m_context.transactions().inWriteTransaction([&] {
        UserAccount user = load(userId);
        user.passwordHash = hash;
        user.failedAttempts = 0;
        user.lastFailureAt = {};
        user.locked = false;
        store(user);
    });
    logInfo(QStringLiteral("password of %1 reset by %2").arg(current.login, m_context.session().login));
}

void UserService::unlock(qint64 userId)
{
    m_context.require(Permission::ManageUsers);
    m_context.transactions().inWriteTransaction([&] {
        UserAccount user = load(userId);
        user.failedAttempts = 0;
        user.lastFailureAt = {};
        user.locked = false;
        store(user);
        // The triggers record locked 1 → 0; the event makes it easy to find.
        AuditService(m_context).logEvent(QStringLiteral("unlock"), QStringLiteral("users"), user.id,
                                         user.login);
        logInfo(QStringLiteral("user %1 unlocked by %2").arg(user.login, m_context.session().login));
    });
}

} // namespace parcours
