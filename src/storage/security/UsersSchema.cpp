#include "UsersSchema.h"

#include "Database.h"

#include <QStringList>

namespace parcours {

// v7: the people who may sign in. A plain table with a version column like the
// others, so the audit trail's triggers record its changes (role changes,
// locks, unlocks) without this code knowing about them. The login is unique
// whatever its case: « Marie » and « marie » are one account.
void createUsersSchema(Database& db)
{
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE users(id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE COLLATE NOCASE, "
            "display_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL, password_hash TEXT NOT NULL, "
            "failed_attempts INTEGER NOT NULL DEFAULT 0, last_failure_at TEXT, "
            "locked INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, "
            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1)"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
}

} // namespace parcours
