#include "AccessDenied.h"
#include "AuditQuery.h"
#include "AuditRepository.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SecurityTestSupport.h"
#include "TestDatabase.h"
#include "UserRepository.h"

using namespace parcours;
using namespace parcours::testing;

namespace {
const QDateTime kStart(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
}

TEST_CASE("Auth - the first coordinator can be created once, with a strong password")
{
    SteppingClock clock(kStart);
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    ctx->setSession(Session{});
    AuthService auth(*ctx, PasswordHashLimits::fastForTests());
    REQUIRE(auth.needsFirstCoordinator());

    CHECK_THROWS_AS(auth.createFirstCoordinator(QStringLiteral("cpetit"), {}, QStringLiteral("SoleilMeuse7")),
                    DomainError);
    CHECK_THROWS_AS(auth.createFirstCoordinator(QStringLiteral("c petit"), {}, strongPassword()),
                    DomainError);
    CHECK(auth.needsFirstCoordinator());

    const Session s = auth.createFirstCoordinator(QStringLiteral("cpetit"), QStringLiteral("Claire Petit"),
                                                  strongPassword());
    CHECK(s.signedIn);
    CHECK(s.role == Role::Coordinator);
    CHECK(ctx->session().login == QStringLiteral("cpetit"));
    CHECK(ctx->session().displayName == QStringLiteral("Claire Petit"));
    CHECK_FALSE(auth.needsFirstCoordinator());
    const auto stored = ctx->users().findByLogin(QStringLiteral("cpetit"));
    REQUIRE(stored);
    CHECK(stored->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(stored->passwordHash.contains(strongPassword()));

    ctx->setSession(Session{});
    CHECK_THROWS_AS(auth.createFirstCoordinator(QStringLiteral("intrus"), {}, strongPassword(1)),
                    DomainError);
    CHECK(ctx->users().count() == 1);
    CHECK_FALSE(ctx->session().signedIn);
}

TEST_CASE("Auth - right and wrong passwords, unknown login, deactivated account")
{
    SteppingClock clock(kStart);
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    addAccount(*ctx, QStringLiteral("mdupont"), Role::ContactStaff, strongPassword());
    ctx->setSession(Session{});
    AuthService auth(*ctx, PasswordHashLimits::fastForTests());

    const auto unknown = auth.signIn(QStringLiteral("personne"), strongPassword());
    CHECK(unknown.outcome == SignInResult::Outcome::WrongCredentials);
    const auto wrong = auth.signIn(QStringLiteral("mdupont"), strongPassword(1));
    CHECK(wrong.outcome == SignInResult::Outcome::WrongCredentials);
    CHECK(wrong.message == unknown.message); // no hint about which logins exist
    CHECK_FALSE(ctx->session().signedIn);

    const auto ok = auth.signIn(QStringLiteral("MDupont"), strongPassword());
    REQUIRE(ok.ok());
    CHECK(ctx->session().login == QStringLiteral("mdupont"));
    CHECK(ctx->session().role == Role::ContactStaff);
    CHECK(ctx->users().findByLogin(QStringLiteral("mdupont"))->failedAttempts == 0);

    auth.signOut();
    CHECK_FALSE(ctx->session().signedIn);

    ctx->setSession(Session::system());
    UserService(*ctx, PasswordHashLimits::fastForTests())
        .deactivate(ctx->users().findByLogin(QStringLiteral("mdupont"))->id);
    ctx->setSession(Session{});
    CHECK(auth.signIn(QStringLiteral("mdupont"), strongPassword()).outcome ==
          SignInResult::Outcome::Inactive);
    CHECK_FALSE(ctx->session().signedIn);
}

TEST_CASE("Auth - growing delay from the 5th failure, lock at the 10th, a coordinator unlocks")
{
    SteppingClock clock(kStart);
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    const qint64 id = addAccount(*ctx, QStringLiteral("mdupont"), Role::ContactStaff, strongPassword());
    ctx->setSession(Session{});
    AuthService auth(*ctx, PasswordHashLimits::fastForTests());
    const QString wrong = strongPassword(9);

    for (int i = 1; i <= 4; ++i) {
        const auto r = auth.signIn(QStringLiteral("mdupont"), wrong);
        CHECK(r.outcome == SignInResult::Outcome::WrongCredentials);
        CHECK(r.failedAttempts == i);
        CHECK(r.retryAfterSeconds == 0);
    }
    auto r = auth.signIn(QStringLiteral("mdupont"), wrong);
    CHECK(r.failedAttempts == 5);
    CHECK(r.retryAfterSeconds == 15);

    // During the delay even the right password is not looked at, and the try
    // does not count.
    clock.advance(10);
    r = auth.signIn(QStringLiteral("mdupont"), strongPassword());
    CHECK(r.outcome == SignInResult::Outcome::MustWait);
    CHECK(r.retryAfterSeconds == 5);
    CHECK_FALSE(ctx->session().signedIn);
    CHECK(ctx->users().find(id)->failedAttempts == 5);

    // Delays double: 15, 30, 60, 120, 240 s after failures 5 to 9.
    const int expected[] = {30, 60, 120, 240};
    int wait = 15;
    for (int failures = 6; failures <= 9; ++failures) {
        clock.advance(wait);
        r = auth.signIn(QStringLiteral("mdupont"), wrong);
        REQUIRE(r.outcome == SignInResult::Outcome::WrongCredentials);
        CHECK(r.failedAttempts == failures);
        CHECK(r.retryAfterSeconds == expected[failures - 6]);
        wait = r.retryAfterSeconds;
    }
    clock.advance(wait);
    r = auth.signIn(QStringLiteral("mdupont"), wrong);
    CHECK(r.outcome == SignInResult::Outcome::Locked);
    CHECK(r.failedAttempts == 10);
    CHECK(ctx->users().find(id)->locked);

    // Locked: a day later the right password still does not open it.
    clock.advance(24 * 3600);
    CHECK(auth.signIn(QStringLiteral("mdupont"), strongPassword()).outcome == SignInResult::Outcome::Locked);

    // Only a coordinator may unlock.
    UserService users(*ctx, PasswordHashLimits::fastForTests());
    CHECK_THROWS_AS(users.unlock(id), AccessDenied);
    ctx->setSession(Session::system());
    users.unlock(id);
    ctx->setSession(Session{});
    const auto after = ctx->users().find(id);
    CHECK_FALSE(after->locked);
    CHECK(after->failedAttempts == 0);
    CHECK(auth.signIn(QStringLiteral("mdupont"), strongPassword()).ok());

    // Each step is in the audit trail: 9 failures, the lock, the unlock (by
    // "system"), then her sign-in under her own name.
    auto actions = [&](const QString& action) {
        AuditQuery query;
        query.action = action;
        query.entity = QStringLiteral("users");
        return ctx->audit().page(query);
    };
    CHECK(actions(QStringLiteral("sign_in_failed")).size() == 9);
    REQUIRE(actions(QStringLiteral("lock")).size() == 1);
    CHECK(actions(QStringLiteral("lock")).front().newValue == QStringLiteral("mdupont (10)"));
    REQUIRE(actions(QStringLiteral("unlock")).size() == 1);
    CHECK(actions(QStringLiteral("unlock")).front().userLogin == QStringLiteral("system"));
    const auto signIns = actions(QStringLiteral("sign_in"));
    REQUIRE(signIns.size() == 1);
    CHECK(signIns.front().userLogin == QStringLiteral("mdupont"));
    CHECK(signIns.front().entityId == id);
}

TEST_CASE("Auth - a hash made with other limits is redone at the next sign-in")
{
    SteppingClock clock(kStart);
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    const qint64 id = addAccount(*ctx, QStringLiteral("cpetit"), Role::Coordinator, strongPassword());
    const QString before = ctx->users().find(id)->passwordHash;
    CHECK(before.contains(QStringLiteral("$m=8,t=1,")));

    // Same limits: nothing rewritten.
    AuthService same(*ctx, PasswordHashLimits::fastForTests());
    REQUIRE(same.signIn(QStringLiteral("cpetit"), strongPassword()).ok());
    CHECK(ctx->users().find(id)->passwordHash == before);

    const PasswordHashLimits stronger{2, 16 * 1024};
    AuthService auth(*ctx, stronger);
    REQUIRE(auth.signIn(QStringLiteral("cpetit"), strongPassword()).ok());
    const QString after = ctx->users().find(id)->passwordHash;
    CHECK(after != before);
    CHECK(after.contains(QStringLiteral("$m=16,t=2,")));
    CHECK_FALSE(PasswordHasher(stronger).needsRehash(after));
    // The new hash still opens with the same password.
    auth.signOut();
    CHECK(auth.signIn(QStringLiteral("cpetit"), strongPassword()).ok());
}

TEST_CASE("Auth - a user changes her own password after proving the current one")
{
    SteppingClock clock(kStart);
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    addAccount(*ctx, QStringLiteral("alecture"), Role::ReadOnly, strongPassword());
    AuthService auth(*ctx, PasswordHashLimits::fastForTests());
    REQUIRE(auth.signIn(QStringLiteral("alecture"), strongPassword()).ok());
    CHECK_THROWS_AS(auth.changeOwnPassword(strongPassword(5), strongPassword(2)), DomainError);
    CHECK_THROWS_AS(auth.changeOwnPassword(strongPassword(), QStringLiteral("court")), DomainError);
    auth.changeOwnPassword(strongPassword(), strongPassword(2));
    auth.signOut();
    CHECK_FALSE(auth.signIn(QStringLiteral("alecture"), strongPassword()).ok());
    CHECK(auth.signIn(QStringLiteral("alecture"), strongPassword(2)).ok());
}
