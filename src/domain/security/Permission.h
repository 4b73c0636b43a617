#pragma once

#include "Role.h"

namespace parcours {

// What a use case needs. The services ask AppContext::require(permission)
// before they read or change anything; the front ends only mirror it.
enum class Permission {
    ReadRecords,    // every role
    EditRecords,    // create and edit people, contacts, responses, trainings...: coordinator, contact staff
    DeleteRecords,  // coordinator
    Anonymise,      // coordinator
    BulkExport,     // whole-register exports, summaries with names: coordinator
    ManageUsers,    // coordinator
    ManageSettings, // rules, service identity, backups settings: coordinator
    RestoreBackup,  // coordinator
    ViewAudit,      // the audit viewer: coordinator
};

bool roleAllows(Role role, Permission permission);
// "delete records", in French through tr(): used in the AccessDenied message.
QString permissionLabel(Permission permission);

} // namespace parcours
