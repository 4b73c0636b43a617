#pragma once

#include <QString>
#include <QStringList>

namespace parcours {

class Database;

// Captures every change to the audited tables with triggers generated from
// the schema (SQLite's PRAGMA table_info, or PostgreSQL's catalog, where each
// trigger runs a PL/pgSQL function: AuditTriggersPostgres), so the GUI, the
// CLI, imports and every service are audited without any of them knowing:
// INSERT gives one "create" row, DELETE one "delete" row (with the deleted
// values as JSON), UPDATE one "update" row per changed column; the same rows
// on both backends. The rows are sealed into the hash chain at commit
// (AuditChain, called by Database::inWriteTransaction).
class AuditTriggers
{
  public:
    // Makes the capture triggers match the current schema: run at every open
    // (end of migrateToLatest) so columns added by later migrations are covered.
    // Compares the generated SQL with sqlite_master (PostgreSQL: with the
    // functions' source) and writes only when it differs, so an ordinary open
    // costs a read and takes no write lock.
    static void rebuild(Database& db);
    // Drops the capture triggers for a bulk load (the demo generator), which
    // records one event instead of a row per inserted record. resume() (or the
    // next open, if the process dies in between) puts them back. On a
    // PostgreSQL server only this connection stops recording; the other
    // workstations go on.
    static void suspend(Database& db);
    static void resume(Database& db) { rebuild(db); }
    // True when the capture triggers are in place for every audited table.
    static bool active(Database& db);

    // The tables whose changes are captured, in name order.
    static QStringList auditedTables(Database& db);
    // Why a table is not audited (empty: it is). See the .cpp for the list.
    static QString exclusionReason(const QString& table);

    // The append-only guards on audit_log and audit_anchor: DELETE always
    // refused; UPDATE refused except sealing (hash still NULL) and redaction
    // (only old_value, new_value and salt set to NULL); on PostgreSQL,
    // TRUNCATE refused as well. The purge drops and re-creates them inside
    // its transaction.
    static void createGuards(Database& db);
    static void dropGuards(Database& db);
};

} // namespace parcours
