#include "DemoAccounts.h"

#include "AppContext.h"
#include "UserService.h"

#include <QCoreApplication>
#include <QStringList>

namespace parcours {

QList<DemoAccount> DemoAccounts::all()
{
    // Each satisfies the CNIL rule: 17 characters of four kinds, no login inside.
    return {
        {"coordination", "Parcours-Demo-C1!", Role::Coordinator},
        {"contact", "Parcours-Demo-S2!", Role::ContactStaff},
        {"lecture", "Parcours-Demo-L3!", Role::ReadOnly},
    };
}

void DemoAccounts::create(AppContext& context, PasswordHashLimits limits)
{
    UserService users(context, limits);
    for (const auto& account : all()) {
        NewUser user;
        user.login = QString::fromLatin1(account.login);
        user.displayName =
            QCoreApplication::translate("DemoAccounts", "Demo account (%1)").arg(roleLabel(account.role));
        user.role = account.role;
        user.password = QString::fromLatin1(account.password);
        users.add(user);
    }
}

QString DemoAccounts::describe()
{
    QStringList lines;
    for (const auto& account : all())
        lines << QStringLiteral("%1 / %2 (%3)")
                     .arg(QString::fromLatin1(account.login), QString::fromLatin1(account.password),
                          roleLabel(account.role));
    return lines.join(QLatin1Char('\n'));
}

} // namespace parcours
