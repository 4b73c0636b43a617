#include "AuditSchema.h"

#include "AuditTriggers.h"
#include "Database.h"

#include <QStringList>

namespace parcours {

// v8: the audit trail (issue 5). Rows are written by triggers (AuditTriggers)
// and by AuditRepository::record, unsealed; Database seals them into a hash
// chain just before each COMMIT (AuditChain). person_id and entity_key are
// beyond the columns of the issue: person_id lets the History tab and the
// access export find a person's child records (and still find them after the
// child row is deleted); entity_key names the record of a table that has no
// integer id (a setting's key).
void createAuditSchema(Database& db)
{
    const QStringList statements = {
        QStringLiteral(
            "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, at_utc TEXT NOT NULL, user_login TEXT, "
            "action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, entity_key TEXT, "
            "person_id INTEGER, field TEXT, old_value TEXT, new_value TEXT, salt TEXT, "
            "values_digest TEXT, prev_hash TEXT, hash TEXT)"),
        QStringLiteral("CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id)"),
        QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log(at_utc)"),
        QStringLiteral(
            "CREATE INDEX audit_log_by_person ON audit_log(person_id) WHERE person_id IS NOT NULL"),
        // The sealer reads only the rows of the current transaction.
        QStringLiteral("CREATE INDEX audit_log_unsealed ON audit_log(id) WHERE hash IS NULL"),
        // One row: the hash of the last purged row, where the chain now starts.
        QStringLiteral(
            "CREATE TABLE audit_anchor(id INTEGER PRIMARY KEY CHECK(id = 1), last_id INTEGER NOT NULL, "
            "hash TEXT NOT NULL, purged_at TEXT NOT NULL)"),
    };
    for (const auto& sql : statements)
        db.executeSchema(sql);
    AuditTriggers::createGuards(db);
}

} // namespace parcours
