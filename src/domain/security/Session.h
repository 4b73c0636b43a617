#pragma once

#include "Permission.h"

#include <QString>

namespace parcours {

// Who is using the open database. A signed-out session may do nothing; the
// built-in system session (in-memory databases, `init`, the demo generator)
// acts as a coordinator and is named in the audit trail as such.
struct Session
{
    qint64 userId = 0;
    QString login;       // what the audit trail records
    QString displayName; // what the window title shows
    Role role = Role::ReadOnly;
    bool signedIn = false;

    bool allows(Permission permission) const { return signedIn && roleAllows(role, permission); }

    static Session system()
    {
        Session s;
        s.login = QStringLiteral("system");
        s.displayName = QStringLiteral("Parcours Pro");
        s.role = Role::Coordinator;
        s.signedIn = true;
        return s;
    }
};

} // namespace parcours
