// Issue 6 (parcours-bench): parcours-pro signs in from PARCOURS_USER and
// PARCOURS_PASSWORD when both are set, and shows the form when they are wrong.

#include "AuthService.h"
#include "LoginDialog.h"
#include "SignInFlow.h"
#include "UiTestSupport.h"
#include "UserService.h"

#include <QApplication>
#include <QTimer>

using namespace parcours;
using namespace parcours::testing;

namespace {

const QString kLogin = QStringLiteral("cpetit");
const QString kPassword = QStringLiteral("Bar-le-Duc-55-Meuse");

std::unique_ptr<AppContext> contextWithUser()
{
    auto ctx = emptyContext();
    ctx->setSession(Session::system());
    NewUser user;
    user.login = kLogin;
    user.displayName = QStringLiteral("Claire Petit");
    user.role = Role::ContactStaff;
    user.password = kPassword;
    UserService(*ctx, PasswordHashLimits::fastForTests()).add(user);
    ctx->setSession(Session{});
    return ctx;
}

// The GUI tests' main() signs every window in through SignInFlow's test
// session: these tests need the real flow, then give the seam back.
struct RealSignInFlow
{
    RealSignInFlow() { SignInFlow::setTestSession(std::nullopt); }
    ~RealSignInFlow() { SignInFlow::setTestSession(Session::system()); }
};

// Cancels the sign-in form as soon as it is on screen; true once it was.
struct FormCanceller
{
    bool shown = false;
    FormCanceller()
    {
        auto* timer = new QTimer(qApp);
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [this, timer] {
            if (auto* form = qobject_cast<LoginDialog*>(QApplication::activeModalWidget())) {
                shown = true;
                form->reject();
                timer->deleteLater();
            }
        });
        timer->start();
    }
};

} // namespace

TEST_CASE("GUI security - start-up credentials sign in without the form, and only once")
{
    const RealSignInFlow realFlow;
    auto ctx = contextWithUser();
    SignInFlow::setStartupCredentials(kLogin, kPassword);
    REQUIRE(SignInFlow::signIn(nullptr, *ctx));
    CHECK(ctx->session().login == kLogin);
    CHECK(ctx->session().role == Role::ContactStaff);

    // Forgotten once used: the next sign-in asks.
    AuthService(*ctx).signOut();
    REQUIRE_FALSE(ctx->session().signedIn);
    FormCanceller canceller;
    CHECK_FALSE(SignInFlow::signIn(nullptr, *ctx));
    CHECK(canceller.shown);
}

TEST_CASE("GUI security - wrong start-up credentials show the sign-in form")
{
    const RealSignInFlow realFlow;
    auto ctx = contextWithUser();
    SignInFlow::setStartupCredentials(kLogin, QStringLiteral("Mauvais-Mot-2026!"));
    FormCanceller canceller;
    CHECK_FALSE(SignInFlow::signIn(nullptr, *ctx));
    CHECK(canceller.shown);
    CHECK_FALSE(ctx->session().signedIn);
}
