#pragma once

#include "AppContext.h"
#include "AuthService.h"
#include "Clock.h"
#include "UserRepository.h"
#include "UserService.h"

#include <catch2/catch.hpp>

namespace parcours::testing {

// A clock the test moves forward, for the delays between sign-in attempts.
class SteppingClock final : public Clock
{
  public:
    explicit SteppingClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

  private:
    QDateTime m_now;
};

// Strong enough for the CNIL rule (14 characters of three kinds or more).
inline QString strongPassword(int n = 0)
{
    return QStringLiteral("Bar-le-Duc-55-Meuse-%1").arg(n);
}

// Creates an account as the built-in system session and returns its id.
inline qint64 addAccount(AppContext& ctx, const QString& login, Role role, const QString& password)
{
    const Session before = ctx.session();
    ctx.setSession(Session::system());
    NewUser n;
    n.login = login;
    n.role = role;
    n.password = password;
    const qint64 id = UserService(ctx, PasswordHashLimits::fastForTests()).add(n).id;
    ctx.setSession(before);
    return id;
}

} // namespace parcours::testing
