#include "AuthService.h"

#include "AuditService.h"

#include "AccountChecks.h"
#include "AppContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "TransactionRunner.h"
#include "UserRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace parcours {

namespace {

QString wrongCredentialsMessage()
{
    return QCoreApplication::translate("AuthService",
                                       "Unknown login or wrong password. Check both and try again.");
}

QString waitMessage(int seconds)
{
    return QCoreApplication::translate(
        "AuthService", "Too many failed attempts: wait %n second(s) before trying again.", nullptr, seconds);
}

QString lockedMessage()
{
    return QCoreApplication::translate(
        "AuthService", "This account is locked after too many failed attempts. Ask a coordinator "
                       "to unlock it.");
}

} // namespace

AuthService::AuthService(AppContext& context, PasswordHashLimits limits)
    : m_context(context), m_hasher(limits)
{
}

int AuthService::delayAfterFailures(int failures)
{
    if (failures < kFailuresBeforeDelay)
        return 0;
    // Doubling from 15 s: 15, 30, 60, 120, 240 s before the 10th failure locks.
    const int steps = std::min(failures - kFailuresBeforeDelay, 16);
    return kFirstDelaySeconds * (1 << steps);
}

Session AuthService::sessionFor(const UserAccount& user)
{
    Session s;
    s.userId = user.id;
    s.login = user.login;
    s.displayName = user.displayName.isEmpty() ? user.login : user.displayName;
    s.role = user.role;
    s.signedIn = true;
    return s;
}

bool AuthService::needsFirstCoordinator() const
{
    return m_context.users().count() == 0;
}

Session AuthService::createFirstCoordinator(const QString& login, const QString& displayName,
                                            const QString& password)
{
    const QString trimmed = login.trimmed();
    checkLogin(trimmed);
    checkNewPassword(password, trimmed);
    // Hash before taking the write lock: Argon2id is slow on purpose.
    const QString hash = m_hasher.hash(password);
    UserAccount user;
    m_context.transactions().inWriteTransaction([&] {
        // Checked inside the transaction so two first runs cannot both win.
        if (m_context.users().count() > 0)
            throw DomainError(QCoreApplication::translate(
                "AuthService", "This database already has user accounts: sign in, or ask a coordinator to "
                               "create yours."));
        user.login = trimmed;
        user.displayName = displayName.trimmed();
        user.role = Role::Coordinator;
        user.passwordHash = hash;
        user.createdAt = user.updatedAt = m_context.clock().now().toUTC();
        m_context.users().save(user);
    });
    logInfo(QStringLiteral("first coordinator account created: %1").arg(user.login));
    const Session session = sessionFor(user);
    m_context.setSession(session);
    return session;
}

SignInResult AuthService::signIn(const QString& login, const QString& password)
{
    SignInResult result;
    std::optional<UserAccount> found = m_context.users().findByLogin(login.trimmed());
    if (!found) {
        // Spend the same time as a real check, so timing does not tell which
        // logins exist.
        static const QString decoy = m_hasher.hash(QStringLiteral("decoy password, never valid"));
        (void)m_hasher.verify(decoy, password);
        result.message = wrongCredentialsMessage();
        logWarning(QStringLiteral("sign-in refused: unknown login"));
        return result;
    }
    UserAccount user = *found;
    const QDateTime now = m_context.clock().now().toUTC();
    if (user.locked) {
        result.outcome = SignInResult::Outcome::Locked;
        result.failedAttempts = user.failedAttempts;
        result.message = lockedMessage();
        logWarning(QStringLiteral("sign-in refused: account %1 is locked").arg(user.login));
        return result;
    }
    const int delay = delayAfterFailures(user.failedAttempts);
    if (delay > 0 && user.lastFailureAt.isValid()) {
        const qint64 waited = user.lastFailureAt.secsTo(now);
        if (waited < delay) {
            // Not counted as a failure: the password is not even looked at.
            result.outcome = SignInResult::Outcome::MustWait;
            result.failedAttempts = user.failedAttempts;
            result.retryAfterSeconds = int(delay - waited);
            result.message = waitMessage(result.retryAfterSeconds);
            return result;
        }
    }
    if (!m_hasher.verify(user.passwordHash, password)) {
        m_context.transactions().inWriteTransaction([&] {
            ++user.failedAttempts;
            user.lastFailureAt = now;
            user.locked = user.failedAttempts >= kFailuresBeforeLock;
            user.updatedAt = now;
            m_context.users().save(user);
            // Nobody is signed in yet: the login goes in the details.
            AuditService(m_context).logEvent(
                user.locked ? QStringLiteral("lock") : QStringLiteral("sign_in_failed"),
                QStringLiteral("users"), user.id,
                QStringLiteral("%1 (%2)").arg(user.login).arg(user.failedAttempts));
        });
        result.failedAttempts = user.failedAttempts;
        if (user.locked) {
            result.outcome = SignInResult::Outcome::Locked;
            result.message = lockedMessage();
            logWarning(QStringLiteral("account %1 locked after %2 failed sign-ins")
                           .arg(user.login)
                           .arg(user.failedAttempts));
        } else {
            result.outcome = SignInResult::Outcome::WrongCredentials;
            result.retryAfterSeconds = delayAfterFailures(user.failedAttempts);
            result.message = wrongCredentialsMessage();
            if (result.retryAfterSeconds > 0)
                result.message += QLatin1Char(' ') + waitMessage(result.retryAfterSeconds);
            logWarning(QStringLiteral("sign-in failed for %1 (%2 in a row)")
                           .arg(user.login)
                           .arg(user.failedAttempts));
        }
        return result;
    }
    if (!user.active) {
        result.outcome = SignInResult::Outcome::Inactive;
        result.message = QCoreApplication::translate(
            "AuthService", "This account has been deactivated. Ask a coordinator if you need it again.");
        logWarning(QStringLiteral("sign-in refused: account %1 is deactivated").arg(user.login));
        return result;
    }
    const bool rehash = m_hasher.needsRehash(user.passwordHash);
    if (rehash || user.failedAttempts > 0) {
        const QString newHash = rehash ? m_hasher.hash(password) : user.passwordHash;
        m_context.transactions().inWriteTransaction([&] {
            user.passwordHash = newHash;
            user.failedAttempts = 0;
            user.lastFailureAt = {};
            user.updatedAt = now;
            m_context.users().save(user);
        });
    }
    const Session session = sessionFor(user);
    m_context.setSession(session);
    AuditService(m_context).logEvent(QStringLiteral("sign_in"), QStringLiteral("users"), user.id,
                                     roleKey(user.role));
    logInfo(QStringLiteral("signed in: %1 (%2)").arg(user.login, roleKey(user.role)));
    result.outcome = SignInResult::Outcome::SignedIn;
    return result;
}

void AuthService::signOut()
{
    if (m_context.session().signedIn) {
        AuditService(m_context).logEvent(QStringLiteral("sign_out"), QStringLiteral("users"),
                                         m_context.session().userId);
        logInfo(QStringLiteral("signed out: %1").arg(m_context.session().login));
    }
    m_context.setSession(Session{});
}

void AuthService::changeOwnPassword(const QString& currentPassword, const QString& newPassword)
{
    const Session& session = m_context.session();
    if (!session.signedIn || session.userId <= 0)
        throw DomainError(QCoreApplication::translate(
            "AuthService", "Only a signed-in user can change her password: sign in with your own account."));
    std::optional<UserAccount> found = m_context.users().find(session.userId);
    if (!found)
        throw NotFound(QCoreApplication::translate("AuthService", "Your account no longer exists."));
    UserAccount user = *found;
    if (!m_hasher.verify(user.passwordHash, currentPassword))
        throw DomainError(QCoreApplication::translate(
            "AuthService", "The current password is wrong: the password is unchanged."));
    checkNewPassword(newPassword, user.login);
    const QString hash = m_hasher.hash(newPassword);
    m_context.transactions().inWriteTransaction([&] {
        user.passwordHash = hash;
        user.updatedAt = m_context.clock().now().toUTC();
        m_context.users().save(user);
    });
    logInfo(QStringLiteral("password changed by %1").arg(user.login));
}

} // namespace parcours
