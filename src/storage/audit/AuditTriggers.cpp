#include "AuditTriggers.h"

#include "AuditTriggerShapes.h"
#include "AuditTriggersPostgres.h"
#include "Database.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

namespace parcours {

namespace {

using namespace auditcapture;

const QString kCapturePrefix = QStringLiteral("audit_capture_");

// SQLite: name -> CREATE TRIGGER statement, for every audited table (the
// PostgreSQL functions and triggers: AuditTriggersPostgres.cpp).
QMap<QString, QString> generate(Database& db)
{
    // The trail's timestamp, the same text AuditRepository::record writes
    // (QDateTime::toString(Qt::ISODateWithMs) in UTC), so rows sort and filter as text.
    const QString now = db.dialect().nowUtcMilliseconds();
    const QString head = insertHead({});
    QMap<QString, QString> triggers;
    for (const auto& t : readShapes(db)) {
        const QString base = kCapturePrefix + t.name;
        const QString table = ident(t.name);
        const QString entity = quoted(t.name);

        triggers.insert(
            base + QStringLiteral("_insert"),
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN %3VALUES(%4, 'create', %5, "
                           "%6, %7, %8, NULL, NULL, %9); END")
                .arg(ident(base + QStringLiteral("_insert")), table, head, now, entity,
                     entityIdExpr(t, QStringLiteral("NEW")), entityKeyExpr(t, QStringLiteral("NEW"), {}),
                     personExpr(t, QStringLiteral("NEW"), {}), keyTextExpr(t, QStringLiteral("NEW"), {})));

        // The deleted values are kept as JSON: once the row is gone the trail
        // is the only record of what it held. json_object takes at most 63
        // pairs (SQLite's 127-argument limit).
        QStringList pairs;
        for (const auto& c : t.columns)
            if (!isSecret(c.name) && pairs.size() < 63)
                pairs << quoted(c.name) + QStringLiteral(", OLD.") + ident(c.name);
        triggers.insert(
            base + QStringLiteral("_delete"),
            QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN %3VALUES(%4, 'delete', %5, "
                           "%6, %7, %8, NULL, json_object(%9), NULL); END")
                .arg(ident(base + QStringLiteral("_delete")), table, head, now, entity,
                     entityIdExpr(t, QStringLiteral("OLD")), entityKeyExpr(t, QStringLiteral("OLD"), {}),
                     personExpr(t, QStringLiteral("OLD"), {}), pairs.join(QStringLiteral(", "))));

        QStringList updates;
        QStringList audited;
        for (const auto& c : t.columns) {
            // The row id never changes in this application: no statement for it.
            if (isBookkeeping(c.name) || (t.hasId && c.name == QLatin1String("id")))
                continue;
            const QString col = ident(c.name);
            audited << col;
            const QString values =
                isSecret(c.name) ? QStringLiteral("NULL, NULL") : QStringLiteral("OLD.%1, NEW.%1").arg(col);
            updates << QStringLiteral(
                           "%1SELECT %2, 'update', %3, %4, %5, %6, %7, %8 WHERE OLD.%9 IS NOT NEW.%9;")
                           .arg(head, now, entity, entityIdExpr(t, QStringLiteral("NEW")),
                                entityKeyExpr(t, QStringLiteral("NEW"), {}),
                                personExpr(t, QStringLiteral("NEW"), {}), quoted(c.name), values, col);
        }
        // UPDATE OF the audited columns only: an update of bookkeeping
        // columns alone (an agrément refreshing her current-agrément
        // columns, at every line of an import) fires nothing.
        if (!updates.isEmpty())
            triggers.insert(base + QStringLiteral("_update"),
                            QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE OF %2 ON %3 BEGIN %4 END")
                                .arg(ident(base + QStringLiteral("_update")),
                                     audited.join(QStringLiteral(", ")), table,
                                     updates.join(QLatin1Char(' '))));
    }
    return triggers;
}

QMap<QString, QString> existing(Database& db)
{
    QMap<QString, QString> triggers;
    QSqlQuery q(db.connection());
    q.exec(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 14) = "
                       "'audit_capture_'"));
    while (q.next())
        triggers.insert(q.value(0).toString(), q.value(1).toString());
    return triggers;
}

void dropCapture(Database& db, const QMap<QString, QString>& triggers)
{
    for (auto it = triggers.cbegin(); it != triggers.cend(); ++it)
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS ") + ident(it.key()));
}

} // namespace

QString AuditTriggers::exclusionReason(const QString& table)
{
    // SQLite's own tables (sqlite_sequence, sqlite_stat1 written by ANALYZE).
    // The same list on PostgreSQL, whose catalog is in another schema.
    if (table.startsWith(QLatin1String("sqlite_")))
        return QStringLiteral("SQLite internal table");
    // The trail itself: auditing it would recurse; its guards protect it.
    if (table.startsWith(QLatin1String("audit_")))
        return QStringLiteral("the audit trail itself");
    // Migration bookkeeping, written once per schema version.
    if (table == QLatin1String("schema_migrations"))
        return QStringLiteral("migration bookkeeping");
    // Full-text indexes (childminders_fts, approvals_fts and their shadow
    // tables, which PRAGMA table_list reports as "virtual"/"shadow" anyway):
    // derived from audited rows, rebuilt from them.
    if (table.endsWith(QLatin1String("_fts")) || table.contains(QLatin1String("_fts_")))
        return QStringLiteral("full-text index derived from audited tables");
    return {};
}

QStringList AuditTriggers::auditedTables(Database& db)
{
    QStringList names;
    for (const auto& t : readShapes(db))
        names << t.name;
    return names;
}

void AuditTriggers::rebuild(Database& db)
{
    if (db.isServer()) {
        AuditTriggersPostgres::rebuild(db);
        return;
    }
    const QMap<QString, QString> wanted = generate(db);
    const QMap<QString, QString> present = existing(db);
    if (wanted == present)
        return;
    db.inWriteTransaction([&] {
        dropCapture(db, present);
        for (const auto& sql : wanted)
            db.execute(sql);
    });
}

void AuditTriggers::suspend(Database& db)
{
    if (db.isServer()) {
        AuditTriggersPostgres::suspend(db);
        return;
    }
    const QMap<QString, QString> present = existing(db);
    if (present.isEmpty())
        return;
    db.inWriteTransaction([&] { dropCapture(db, present); });
}

bool AuditTriggers::active(Database& db)
{
    if (db.isServer())
        return AuditTriggersPostgres::active(db);
    return generate(db) == existing(db);
}

void AuditTriggers::createGuards(Database& db)
{
    const QString refused = QCoreApplication::translate(
        "AuditTriggers", "The audit trail cannot be modified or deleted: it is append-only.");
    const QString anchorRefused =
        QCoreApplication::translate("AuditTriggers", "The audit trail's anchor is written only by a purge.");
    // Sealing fills a row whose hash is still NULL; redaction only sets the
    // values and their salt to NULL. Anything else is refused.
    QStringList kept;
    for (const char* column : {"id", "at_utc", "user_login", "action", "entity", "entity_id", "entity_key",
                               "person_id", "field", "values_digest", "prev_hash", "hash"})
        kept << QStringLiteral("NEW.%1 IS NOT DISTINCT FROM OLD.%1").arg(QLatin1String(column));
    const QString updateRefused =
        QStringLiteral("OLD.hash IS NOT NULL AND NOT (NEW.old_value IS NULL AND NEW.new_value IS NULL AND "
                       "NEW.salt IS NULL AND %1)")
            .arg(kept.join(QStringLiteral(" AND ")));
    if (db.isServer()) {
        AuditTriggersPostgres::createGuards(db, refused, anchorRefused, updateRefused);
        return;
    }
    const QString raise = QStringLiteral(" BEGIN SELECT RAISE(ABORT, %1); END");
    const QStringList statements = {
        QStringLiteral("CREATE TRIGGER audit_guard_log_delete BEFORE DELETE ON audit_log") +
            raise.arg(quoted(refused)),
        QStringLiteral("CREATE TRIGGER audit_guard_log_update BEFORE UPDATE ON audit_log WHEN %1")
                .arg(updateRefused) +
            raise.arg(quoted(refused)),
        QStringLiteral("CREATE TRIGGER audit_guard_anchor_insert BEFORE INSERT ON audit_anchor") +
            raise.arg(quoted(anchorRefused)),
        QStringLiteral("CREATE TRIGGER audit_guard_anchor_update BEFORE UPDATE ON audit_anchor") +
            raise.arg(quoted(anchorRefused)),
        QStringLiteral("CREATE TRIGGER audit_guard_anchor_delete BEFORE DELETE ON audit_anchor") +
            raise.arg(quoted(anchorRefused)),
    };
    for (const auto& sql : statements)
        db.execute(sql);
}

void AuditTriggers::dropGuards(Database& db)
{
    if (db.isServer()) {
        AuditTriggersPostgres::dropGuards(db);
        return;
    }
    for (const char* name : {"audit_guard_log_delete", "audit_guard_log_update", "audit_guard_anchor_insert",
                             "audit_guard_anchor_update", "audit_guard_anchor_delete"})
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
}

} // namespace parcours
