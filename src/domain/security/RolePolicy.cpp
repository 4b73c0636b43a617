#include "AccessDenied.h"
#include "KeyedEnum.h"
#include "Permission.h"

namespace parcours {

namespace {
constexpr KeyedValue<Role> kRoles[] = {
    {Role::Coordinator, "coordinator", QT_TRANSLATE_NOOP("Role", "coordinator")},
    {Role::ContactStaff, "contact_staff", QT_TRANSLATE_NOOP("Role", "contact staff")},
    {Role::ReadOnly, "read_only", QT_TRANSLATE_NOOP("Role", "read only")},
};
} // namespace

QString roleKey(Role role) { return enumKey(kRoles, role); }
std::optional<Role> roleFromKey(const QString& key) { return enumFromKey(kRoles, key); }
QString roleLabel(Role role) { return enumLabel(kRoles, "Role", role); }

bool roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Coordinator:
        return true;
    case Role::ContactStaff:
        return permission == Permission::ReadRecords || permission == Permission::EditRecords;
    case Role::ReadOnly:
        return permission == Permission::ReadRecords;
    }
    return false;
}

QString permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::ReadRecords:
        return QCoreApplication::translate("Permission", "read the records");
    case Permission::EditRecords:
        return QCoreApplication::translate("Permission", "create or change records");
    case Permission::DeleteRecords:
        return QCoreApplication::translate("Permission", "delete records");
    case Permission::Anonymise:
        return QCoreApplication::translate("Permission", "anonymise a person");
    case Permission::BulkExport:
        return QCoreApplication::translate("Permission", "export lists of people");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Permission", "manage user accounts");
    case Permission::ManageSettings:
        return QCoreApplication::translate("Permission", "change the settings");
    case Permission::RestoreBackup:
        return QCoreApplication::translate("Permission", "restore a backup");
    case Permission::ViewAudit:
        return QCoreApplication::translate("Permission", "read the audit trail");
    }
    return {};
}

} // namespace parcours
