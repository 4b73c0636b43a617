#include "AuthService.h"
#include "FirstCoordinatorDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UiTestSupport.h"
#include "UserService.h"
#include "UsersDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace parcours;
using namespace parcours::testing;

namespace {

const QString kPassword = QStringLiteral("Bar-le-Duc-55-Meuse");

qint64 addUser(AppContext& ctx, const QString& login, Role role)
{
    const Session was = ctx.session();
    ctx.setSession(Session::system());
    NewUser user;
    user.login = login;
    user.displayName = QStringLiteral("Alain Lecture");
    user.role = role;
    user.password = kPassword;
    const qint64 id = UserService(ctx, PasswordHashLimits::fastForTests()).add(user).id;
    ctx.setSession(was);
    return id;
}

} // namespace

TEST_CASE("GUI security - the login dialog signs in and explains a wrong password")
{
    auto ctx = emptyContext();
    addUser(*ctx, QStringLiteral("alecture"), Role::ReadOnly);
    ctx->setSession(Session{});
    LoginDialog dialog(*ctx, nullptr, PasswordHashLimits::fastForTests());
    dialog.open();
    child<QLineEdit>(&dialog, QStringLiteral("loginEdit"))->setText(QStringLiteral("alecture"));
    child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->setText(QStringLiteral("Mauvais-Mot-2026!"));
    child<QPushButton>(&dialog, QStringLiteral("signInButton"))->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral("wrong password")));
    CHECK_FALSE(ctx->session().signedIn);

    child<QLineEdit>(&dialog, QStringLiteral("passwordEdit"))->setText(kPassword);
    child<QPushButton>(&dialog, QStringLiteral("signInButton"))->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    CHECK(ctx->session().login == QStringLiteral("alecture"));
    CHECK(ctx->session().role == Role::ReadOnly);
}

TEST_CASE("GUI security - the first coordinator form refuses a weak password with the meter's reasons")
{
    auto ctx = emptyContext();
    ctx->setSession(Session{});
    FirstCoordinatorDialog dialog(*ctx, nullptr, PasswordHashLimits::fastForTests());
    dialog.open();
    dialog.fill(QStringLiteral("cpetit"), QStringLiteral("Claire Petit"), QStringLiteral("SoleilMeuse7"),
                QStringLiteral("SoleilMeuse7"));
    CHECK_FALSE(dialog.canCreate());
    const QString reasons = child<QLabel>(&dialog, QStringLiteral("passwordReasons"))->text();
    CHECK(reasons.contains(QStringLiteral("symbols")));
    dialog.fill(QStringLiteral("cpetit"), QStringLiteral("Claire Petit"), kPassword,
                kPassword + QStringLiteral("x"));
    CHECK_FALSE(dialog.canCreate());
    dialog.fill(QStringLiteral("cpetit"), QStringLiteral("Claire Petit"), kPassword, kPassword);
    REQUIRE(dialog.canCreate());
    child<QPushButton>(&dialog, QStringLiteral("createButton"))->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ctx->session().role == Role::Coordinator);
    CHECK(ctx->session().displayName == QStringLiteral("Claire Petit"));
}

TEST_CASE("GUI security - a read-only user's window has the edit, import, export and delete actions disabled")
{
    auto ctx = emptyContext();
    addUser(*ctx, QStringLiteral("alecture"), Role::ReadOnly);
    ctx->setSession(Session{});
    REQUIRE(AuthService(*ctx, PasswordHashLimits::fastForTests())
                .signIn(QStringLiteral("alecture"), kPassword)
                .ok());
    MainWindow window(std::move(ctx));
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("Alain Lecture")));
    for (const char* name :
         {"importAction", "newChildminderAction", "exportAction", "settingsAction", "usersAction"})
        CHECK_FALSE(child<QAction>(&window, QString::fromLatin1(name))->isEnabled());
    CHECK(child<QAction>(&window, QStringLiteral("findAction"))->isEnabled());
    for (auto* button : window.findChildren<QAbstractButton*>())
        if (button->objectName().startsWith(QLatin1String("delete")))
            CHECK_FALSE(button->isEnabled());
}

TEST_CASE("GUI security - a coordinator's window keeps every action, and the users dialog lists the accounts")
{
    auto ctx = emptyContext();
    addUser(*ctx, QStringLiteral("alecture"), Role::ReadOnly);
    MainWindow window(std::move(ctx)); // the system session: a coordinator
    window.show();
    for (const char* name :
         {"importAction", "newChildminderAction", "exportAction", "settingsAction", "usersAction"})
        CHECK(child<QAction>(&window, QString::fromLatin1(name))->isEnabled());
    UsersDialog users(window.context());
    users.open();
    CHECK(users.rowCount() == 1);
    users.selectLogin(QStringLiteral("alecture"));
    users.changeRole(Role::ContactStaff);
    CHECK(UserService(window.context()).byLogin(QStringLiteral("alecture")).role == Role::ContactStaff);
}
