#include "RoleActions.h"

#include "AppContext.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace parcours {

namespace {

struct NamedPermission
{
    const char* objectName;
    Permission permission;
};

constexpr NamedPermission kActions[] = {
    {"newChildminderAction", Permission::EditRecords},  {"importAction", Permission::EditRecords},
    {"exportAction", Permission::BulkExport},           {"settingsAction", Permission::ManageSettings},
    {"usersAction", Permission::ManageUsers},           {"auditAction", Permission::ViewAudit},
    {"restoreBackupAction", Permission::RestoreBackup}, {"retentionAction", Permission::Anonymise},
    // The backups dialog stays open to every role: a copy can always be made;
    // it greys restore (RestoreBackup) and its settings (ManageSettings) itself.
};

} // namespace

void applyRolePermissions(QWidget* window, const AppContext& context)
{
    for (QAction* action : window->findChildren<QAction*>()) {
        const QString name = action->objectName();
        for (const auto& entry : kActions)
            if (name == QLatin1String(entry.objectName))
                action->setEnabled(context.can(entry.permission));
        if (name.startsWith(QLatin1String("delete")))
            action->setEnabled(context.can(Permission::DeleteRecords));
    }
    if (!context.can(Permission::DeleteRecords))
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
            if (button->objectName().startsWith(QLatin1String("delete")))
                button->setEnabled(false);
}

QString sessionTitleSuffix(const Session& session)
{
    if (!session.signedIn)
        return {};
    return QCoreApplication::translate("MainWindow", " — %1 (%2)")
        .arg(session.displayName, roleLabel(session.role));
}

} // namespace parcours
