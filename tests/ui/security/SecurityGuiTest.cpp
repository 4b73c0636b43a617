#include "AuthService.h"
#include "ChangePasswordDialog.h"
#include "FirstCoordinatorDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PartnersPage.h"
#include "SignInFlow.h"
#include "UiTestSupport.h"
#include "UserService.h"
#include "UsersDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>

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

TEST_CASE("GUI security - signing out asks who signs in next and rebuilds the window for her role")
{
    auto ctx = emptyContext();
    const qint64 readerId = addUser(*ctx, QStringLiteral("alecture"), Role::ReadOnly);
    MainWindow window(std::move(ctx)); // the system session: a coordinator
    window.show();
    CHECK(child<QAction>(&window, QStringLiteral("importAction"))->isEnabled());
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    REQUIRE(stack->count() == 8);

    Session reader;
    reader.userId = readerId;
    reader.login = QStringLiteral("alecture");
    reader.displayName = QStringLiteral("Alain Lecture");
    reader.role = Role::ReadOnly;
    reader.signedIn = true;
    SignInFlow::setTestSession(reader);
    window.signOut();
    SignInFlow::setTestSession(std::nullopt);
    CHECK(window.isVisible());
    CHECK(window.context().session().login == QStringLiteral("alecture"));
    CHECK(window.windowTitle().contains(QStringLiteral("Alain Lecture")));
    CHECK_FALSE(child<QAction>(&window, QStringLiteral("importAction"))->isEnabled());
    // The pages were rebuilt, not stacked on the old ones.
    CHECK(stack->count() == 8);
    window.showPage(MainWindow::PartnersIndex);
    CHECK(stack->currentWidget() == static_cast<QWidget*>(window.partnersPage()));

    // Nobody signs in: the window closes rather than show the register.
    SignInFlow::setTestSession(Session{});
    window.signOut();
    SignInFlow::setTestSession(std::nullopt);
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(window.context().session().signedIn);
}

TEST_CASE("GUI security - a user changes her own password from the window")
{
    auto ctx = emptyContext();
    addUser(*ctx, QStringLiteral("cpetit"), Role::ContactStaff);
    ctx->setSession(Session{});
    REQUIRE(AuthService(*ctx, PasswordHashLimits::fastForTests())
                .signIn(QStringLiteral("cpetit"), kPassword)
                .ok());
    MainWindow window(std::move(ctx));
    window.show();
    auto* dialog = qobject_cast<ChangePasswordDialog*>(window.changeOwnPassword());
    REQUIRE(dialog);
    const QString fresh = QStringLiteral("Verdun-Citadelle-1916!");
    auto* ok = child<QPushButton>(dialog, QStringLiteral("okButton"));
    dialog->fill(kPassword, fresh, fresh + QStringLiteral("x"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog->errorText().contains(QStringLiteral("differ")));
    dialog->fill(QStringLiteral("Pas-le-bon-2026!"), fresh, fresh);
    REQUIRE(ok->isEnabled());
    ok->click();
    CHECK(dialog->isVisible()); // refused: she can correct it
    CHECK(dialog->errorText().contains(QStringLiteral("current password is wrong")));
    dialog->fill(kPassword, fresh, fresh);
    ok->click();
    CHECK_FALSE(dialog->isVisible());

    AuthService auth(window.context(), PasswordHashLimits::fastForTests());
    auth.signOut();
    CHECK_FALSE(auth.signIn(QStringLiteral("cpetit"), kPassword).ok());
    CHECK(auth.signIn(QStringLiteral("cpetit"), fresh).ok());
}
