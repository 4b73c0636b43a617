#pragma once

#include <QString>

class QWidget;

namespace parcours {

class AppContext;
struct Session;

// The GUI mirrors the role (the app layer enforces it anyway): actions and
// buttons a role cannot use are disabled, found by objectName under `window`.
// Known names: newChildminderAction and importAction (edit), exportAction
// (bulk export), settingsAction (settings), usersAction (users), auditAction
// (audit trail), and any action or button whose name starts with "delete".
void applyRolePermissions(QWidget* window, const AppContext& context);

// " — Claire Petit (coordinator)" for the window title; empty when signed out.
QString sessionTitleSuffix(const Session& session);

} // namespace parcours
