// Issue 5 (security): users list | add | role | unlock | deactivate |
// reset-password, passwd, and the first coordinator made by `init --user`.
// The acting user signs in with the global --user (PARCOURS_PASSWORD or the
// terminal); a password being set comes from PARCOURS_NEW_PASSWORD or is typed
// twice on the terminal, never from the command line (it would stay in the
// shell history and in `ps`).
#include "AppContext.h"
#include "AuthService.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "DomainError.h"
#include "PasswordPolicy.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace parcours {

namespace {

constexpr const char* kNewPasswordVariable = "PARCOURS_NEW_PASSWORD";

QString rolesText()
{
    return QStringLiteral("coordinator | contact_staff | read_only");
}

std::optional<Role> parseRole(const QString& key)
{
    const auto role = roleFromKey(key.trimmed().toLower());
    if (!role)
        CliContext::err(QCoreApplication::translate("parcours-cli", "Unknown role \"%1\": use %2.")
                            .arg(key, rolesText()));
    return role;
}

QJsonObject userJson(const UserAccount& u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.displayName},
                       {QStringLiteral("role"), roleKey(u.role)},
                       {QStringLiteral("active"), u.active},
                       {QStringLiteral("locked"), u.locked},
                       {QStringLiteral("failedAttempts"), u.failedAttempts}};
}

int runUsersList(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "Usage: parcours-cli users list"));
        return ExitUsage;
    }
    const QList<UserAccount> users = UserService(cli.app()).list();
    if (cli.json()) {
        QJsonArray array;
        for (const auto& u : users)
            array.append(userJson(u));
        CliContext::outJson(QJsonDocument(array));
        return ExitOk;
    }
    for (const auto& u : users) {
        QStringList flags;
        if (!u.active)
            flags << QCoreApplication::translate("parcours-cli", "deactivated");
        if (u.locked)
            flags << QCoreApplication::translate("parcours-cli", "locked");
        CliContext::out(QStringLiteral("%1\t%2\t%3%4")
                            .arg(u.login, roleLabel(u.role), u.displayName,
                                 flags.isEmpty()
                                     ? QString()
                                     : QStringLiteral("\t[%1]").arg(flags.join(QStringLiteral(", ")))));
    }
    return ExitOk;
}

void addUsersAddOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("role"),
                      QCoreApplication::translate("parcours-cli", "The role: %1.").arg(rolesText()),
                      QCoreApplication::translate("parcours-cli", "ROLE")});
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate("parcours-cli", "The name shown in the window title."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
}

int runUsersAdd(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1 || !parser.isSet(QStringLiteral("role"))) {
        CliContext::err(QCoreApplication::translate(
                            "parcours-cli", "Usage: parcours-cli users add LOGIN --role %1 [--name \"…\"]")
                            .arg(rolesText()));
        return ExitUsage;
    }
    const auto role = parseRole(parser.value(QStringLiteral("role")));
    if (!role)
        return ExitUsage;
    UserService users(cli.app()); // signs in (and checks the role) before asking anything
    NewUser user;
    user.login = args.front();
    user.displayName = parser.value(QStringLiteral("name"));
    user.role = *role;
    user.password = CliContext::readNewPassword(kNewPasswordVariable);
    const UserAccount added = users.add(user);
    if (cli.json())
        CliContext::outJson(QJsonDocument(userJson(added)));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Account %1 created (%2).")
                            .arg(added.login, roleLabel(added.role)));
    return ExitOk;
}

int runUsersRole(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 2) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "Usage: parcours-cli users role LOGIN %1")
                            .arg(rolesText()));
        return ExitUsage;
    }
    const auto role = parseRole(args[1]);
    if (!role)
        return ExitUsage;
    UserService users(cli.app());
    users.changeRole(users.byLogin(args[0]).id, *role);
    CliContext::out(
        QCoreApplication::translate("parcours-cli", "%1 is now %2.").arg(args[0], roleLabel(*role)));
    return ExitOk;
}

int runUsersUnlock(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli users unlock LOGIN"));
        return ExitUsage;
    }
    UserService users(cli.app());
    users.unlock(users.byLogin(args[0]).id);
    CliContext::out(QCoreApplication::translate("parcours-cli", "Account %1 unlocked.").arg(args[0]));
    return ExitOk;
}

int runUsersDeactivate(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli users deactivate LOGIN"));
        return ExitUsage;
    }
    UserService users(cli.app());
    users.deactivate(users.byLogin(args[0]).id);
    CliContext::out(QCoreApplication::translate("parcours-cli", "Account %1 deactivated.").arg(args[0]));
    return ExitOk;
}

int runUsersResetPassword(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli users reset-password LOGIN"));
        return ExitUsage;
    }
    UserService users(cli.app());
    const qint64 id = users.byLogin(args[0]).id;
    users.resetPassword(id, CliContext::readNewPassword(kNewPasswordVariable));
    CliContext::out(
        QCoreApplication::translate("parcours-cli", "Password of %1 reset; the account is unlocked.")
            .arg(args[0]));
    return ExitOk;
}

int runPasswd(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli --user NAME passwd"));
        return ExitUsage;
    }
    AuthService auth(cli.app());
    auth.changeOwnPassword(cli.signInPassword(), CliContext::readNewPassword(kNewPasswordVariable));
    CliContext::out(QCoreApplication::translate("parcours-cli", "Your password has been changed."));
    return ExitOk;
}

} // namespace

int createFirstCoordinator(CliContext& cli)
{
    AppContext& app = cli.database();
    AuthService auth(app);
    if (!auth.needsFirstCoordinator()) {
        // Running init again on a database that has accounts changes nothing.
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "This database already has user accounts: --user is ignored. A coordinator adds "
                            "new accounts with \"users add\"."));
        return ExitOk;
    }
    const QString password = CliContext::readNewPassword("PARCOURS_PASSWORD");
    const PasswordAssessment meter = PasswordPolicy::assess(password, cli.user());
    if (!meter.acceptable) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "This password is refused:"));
        for (const auto& reason : meter.reasons)
            CliContext::err(QStringLiteral("  - %1").arg(reason));
        return ExitBadInput;
    }
    auth.createFirstCoordinator(cli.user(), {}, password);
    if (!cli.json())
        CliContext::out(
            QCoreApplication::translate("parcours-cli", "First coordinator created: %1.").arg(cli.user()));
    return ExitOk;
}

QList<CliCommand> securityCommands()
{
    return {
        {QStringLiteral("users list"),
         QCoreApplication::translate("parcours-cli",
                                     "users list                    the user accounts (coordinators)"),
         nullptr, &runUsersList},
        {QStringLiteral("users add"),
         QCoreApplication::translate("parcours-cli",
                                     "users add LOGIN --role ROLE [--name N]  add an account (password: "
                                     "PARCOURS_NEW_PASSWORD or typed twice)"),
         &addUsersAddOptions, &runUsersAdd},
        {QStringLiteral("users role"),
         QCoreApplication::translate("parcours-cli",
                                     "users role LOGIN ROLE         change an account's role"),
         nullptr, &runUsersRole},
        {QStringLiteral("users unlock"),
         QCoreApplication::translate("parcours-cli",
                                     "users unlock LOGIN            unlock an account after failures"),
         nullptr, &runUsersUnlock},
        {QStringLiteral("users deactivate"),
         QCoreApplication::translate("parcours-cli",
                                     "users deactivate LOGIN        close an account, keeping its history"),
         nullptr, &runUsersDeactivate},
        {QStringLiteral("users reset-password"),
         QCoreApplication::translate(
             "parcours-cli",
             "users reset-password LOGIN    set a new password (PARCOURS_NEW_PASSWORD or typed)"),
         nullptr, &runUsersResetPassword},
        {QStringLiteral("passwd"),
         QCoreApplication::translate(
             "parcours-cli",
             "passwd                        change your own password (PARCOURS_NEW_PASSWORD or typed)"),
         nullptr, &runPasswd},
    };
}

} // namespace parcours
