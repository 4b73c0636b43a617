#pragma once

#include "PasswordHasher.h"
#include "PasswordPolicy.h"
#include "Session.h"

#include <QString>

namespace parcours {

class AppContext;
struct UserAccount;

// What a sign-in attempt gave. The front end shows `message` (French) and,
// when `retryAfterSeconds` > 0, waits that long before offering a new try:
// the service never sleeps, it compares times from the context's clock.
struct SignInResult
{
    enum class Outcome {
        SignedIn,
        WrongCredentials, // unknown login or wrong password: the same answer for both
        MustWait,         // too many failures lately: try again after retryAfterSeconds
        Locked,           // a coordinator must unlock the account
        Inactive,         // the account was deactivated
    };
    Outcome outcome = Outcome::WrongCredentials;
    int retryAfterSeconds = 0;
    int failedAttempts = 0;
    QString message;
    bool ok() const { return outcome == Outcome::SignedIn; }
};

// Signing in and out, the first coordinator, one's own password (issue 5).
// Failures: from the 5th consecutive one, each new try must wait a delay that
// doubles (15 s, 30 s, 60 s…); the 10th locks the account until a coordinator
// unlocks it (UserService::unlock). Passwords are never logged.
class AuthService
{
  public:
    static constexpr int kFailuresBeforeDelay = 5;
    static constexpr int kFailuresBeforeLock = 10;
    static constexpr int kFirstDelaySeconds = 15;

    explicit AuthService(AppContext& context, PasswordHashLimits limits = PasswordHashLimits::interactive());

    // True when the database has no account yet: the front end then offers
    // createFirstCoordinator instead of the sign-in form.
    bool needsFirstCoordinator() const;
    // Creates the very first account, a coordinator, and signs her in. Refused
    // (DomainError) once any account exists or when the password is weak (the
    // message lists the meter's reasons).
    Session createFirstCoordinator(const QString& login, const QString& displayName, const QString& password);

    // On success sets AppContext::setSession and, when the stored hash was made
    // with other limits, stores a new one.
    SignInResult signIn(const QString& login, const QString& password);
    void signOut();

    // The signed-in user changes her own password (the current one is checked).
    void changeOwnPassword(const QString& currentPassword, const QString& newPassword);

    // Delay required after `failures` consecutive failures (0 below 5).
    static int delayAfterFailures(int failures);
    static Session sessionFor(const UserAccount& user);

  private:
    AppContext& m_context;
    PasswordHasher m_hasher;
};

} // namespace parcours
