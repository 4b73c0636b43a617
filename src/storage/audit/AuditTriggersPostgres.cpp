#include "AuditTriggersPostgres.h"

#include "AuditTriggerShapes.h"
#include "Database.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>

namespace parcours::AuditTriggersPostgres {

namespace {

using namespace auditcapture;

const QString kCapturePrefix = QStringLiteral("audit_capture_");
// The session setting suspend() turns off (see suspend()).
const QString kSwitch = QStringLiteral("parcours.audit_capture");
const QString kSchemaOid = QStringLiteral("(SELECT oid FROM pg_namespace WHERE nspname = current_schema())");

QString currentSchema(Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT current_schema()"));
    Database::run(q);
    return q.next() ? q.value(0).toString() : QString();
}

// PostgreSQL cuts names at 63 bytes: a longer one keeps a readable start
// and a hash of the whole, so two long table names never share a function.
QString objectName(const QString& name)
{
    if (name.toUtf8().size() <= 63)
        return name;
    QString start = name;
    while (start.toUtf8().size() > 54)
        start.chop(1);
    return start + QLatin1Char('_') +
           QString::fromLatin1(
               QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
}

// One capture trigger and its function. The function's source starts with
// the trigger's definition as a comment, so comparing sources (pg_proc.prosrc,
// kept verbatim) also compares the events and columns the trigger fires on.
struct Capture
{
    QString table;
    QString function; // CREATE FUNCTION
    QString trigger;  // CREATE TRIGGER
    QString fingerprint;
};

// The deleted row as the JSON text SQLite's json_object() writes: compact,
// in column order, at most 63 columns, numbers bare, NULL as null.
QString deletedJson(const TableShape& t, const QString& schema)
{
    QStringList parts;
    for (const auto& c : t.columns) {
        if (isSecret(c.name) || parts.size() == 63)
            continue;
        QString key = c.name;
        key.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""));
        const QString value = c.real ? valueText(c, QStringLiteral("OLD"), schema)
                                     : QStringLiteral("CAST(to_json(OLD.%1) AS TEXT)").arg(ident(c.name));
        parts << QStringLiteral("%1 || coalesce(%2, 'null')")
                     .arg(quoted((parts.isEmpty() ? QStringLiteral("{\"") : QStringLiteral(",\"")) + key +
                                 QStringLiteral("\":")),
                          value);
    }
    return parts.isEmpty() ? QStringLiteral("'{}'")
                           : parts.join(QStringLiteral(" || ")) + QStringLiteral(" || '}'");
}

QMap<QString, Capture> generate(Database& db, const QString& schema)
{
    // The trail's timestamp, the text SQLite's triggers write; one per row,
    // so the fields of one update share it.
    const QString now = db.dialect().nowUtcMilliseconds();
    const QString head = insertHead(schema);
    QMap<QString, Capture> captures;
    for (const auto& t : readShapes(db)) {
        const QString table = tableRef(schema, t.name);
        const QString entity = quoted(t.name);
        const auto add = [&](const QString& suffix, const QString& event, const QString& statements) {
            const QString name = objectName(kCapturePrefix + t.name + suffix);
            const QString function = tableRef(schema, name);
            Capture c;
            c.table = t.name;
            c.trigger = QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %4()")
                            .arg(ident(name), event, table, function);
            // A bulk load switches the capture off for its own session only.
            const QString body =
                QStringLiteral("\n-- %1\nDECLARE now_utc text;\nBEGIN\nIF current_setting('%2', "
                               "true) = 'off' THEN RETURN NULL; END IF;\nnow_utc := %3;\n%4\n"
                               "RETURN NULL;\nEND\n")
                    .arg(c.trigger, kSwitch, now, statements);
            c.function =
                QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $audit$%2$audit$")
                    .arg(function, body);
            c.fingerprint = t.name + QLatin1Char('\n') + body;
            captures.insert(name, c);
        };

        add(QStringLiteral("_insert"), QStringLiteral("INSERT"),
            QStringLiteral("%1VALUES(now_utc, 'create', %2, %3, %4, %5, NULL, NULL, %6);")
                .arg(head, entity, entityIdExpr(t, QStringLiteral("NEW")),
                     entityKeyExpr(t, QStringLiteral("NEW"), schema),
                     personExpr(t, QStringLiteral("NEW"), schema),
                     keyTextExpr(t, QStringLiteral("NEW"), schema)));
        add(QStringLiteral("_delete"), QStringLiteral("DELETE"),
            QStringLiteral("%1VALUES(now_utc, 'delete', %2, %3, %4, %5, NULL, %6, NULL);")
                .arg(head, entity, entityIdExpr(t, QStringLiteral("OLD")),
                     entityKeyExpr(t, QStringLiteral("OLD"), schema),
                     personExpr(t, QStringLiteral("OLD"), schema), deletedJson(t, schema)));

        QStringList updates;
        QStringList audited;
        for (const auto& c : t.columns) {
            // As on SQLite (AuditTriggers.cpp): no id, no bookkeeping columns.
            if (isBookkeeping(c.name) || (t.hasId && c.name == QLatin1String("id")))
                continue;
            const QString col = ident(c.name);
            audited << col;
            const QString values = isSecret(c.name)
                                       ? QStringLiteral("NULL, NULL")
                                       : valueText(c, QStringLiteral("OLD"), schema) + QStringLiteral(", ") +
                                             valueText(c, QStringLiteral("NEW"), schema);
            updates << QStringLiteral(
                           "IF OLD.%1 IS DISTINCT FROM NEW.%1 THEN %2VALUES(now_utc, 'update', %3, %4, "
                           "%5, %6, %7, %8); END IF;")
                           .arg(col, head, entity, entityIdExpr(t, QStringLiteral("NEW")),
                                entityKeyExpr(t, QStringLiteral("NEW"), schema),
                                personExpr(t, QStringLiteral("NEW"), schema), quoted(c.name), values);
        }
        if (!updates.isEmpty())
            add(QStringLiteral("_update"), QStringLiteral("UPDATE OF ") + audited.join(QStringLiteral(", ")),
                updates.join(QLatin1Char('\n')));
    }
    return captures;
}

// Trigger name -> table and function source of the enabled capture triggers.
QMap<QString, QString> existing(Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT t.tgname, c.relname, p.prosrc FROM pg_trigger t JOIN pg_class c ON c.oid = "
                       "t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE c.relnamespace = %1 AND NOT "
                       "t.tgisinternal AND t.tgenabled <> 'D' AND left(t.tgname, 14) = 'audit_capture_'")
            .arg(kSchemaOid));
    Database::run(q);
    QMap<QString, QString> triggers;
    while (q.next())
        triggers.insert(q.value(0).toString(),
                        q.value(1).toString() + QLatin1Char('\n') + q.value(2).toString());
    return triggers;
}

QMap<QString, QString> fingerprints(const QMap<QString, Capture>& captures)
{
    QMap<QString, QString> result;
    for (auto it = captures.cbegin(); it != captures.cend(); ++it)
        result.insert(it.key(), it.value().fingerprint);
    return result;
}

// Every capture trigger (disabled ones too) and every capture function,
// including one left without its trigger.
void dropCapture(Database& db)
{
    QStringList statements;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 'DROP TRIGGER IF EXISTS ' || quote_ident(t.tgname) || ' ON ' || "
                             "quote_ident(n.nspname) || '.' || quote_ident(c.relname) FROM pg_trigger t JOIN "
                             "pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE c.relnamespace = %1 AND NOT t.tgisinternal AND left(t.tgname, 14) = "
                             "'audit_capture_' UNION ALL SELECT 'DROP FUNCTION IF EXISTS ' || "
                             "quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '(' || "
                             "pg_get_function_identity_arguments(p.oid) || ') CASCADE' FROM pg_proc p JOIN "
                             "pg_namespace n ON n.oid = p.pronamespace WHERE p.pronamespace = %1 AND "
                             "left(p.proname, 14) = 'audit_capture_'")
                  .arg(kSchemaOid));
    Database::run(q);
    while (q.next())
        statements << q.value(0).toString();
    q.finish();
    for (const auto& sql : statements)
        db.execute(sql);
}

} // namespace

void rebuild(Database& db)
{
    // resume() after suspend(): this session records again.
    db.execute(QStringLiteral("SET %1 = 'on'").arg(kSwitch));
    const QMap<QString, Capture> wanted = generate(db, currentSchema(db));
    if (fingerprints(wanted) == existing(db))
        return;
    db.inWriteTransaction([&] {
        dropCapture(db);
        for (const auto& c : wanted) {
            db.execute(c.function);
            db.execute(c.trigger);
        }
    });
}

// On a shared server, dropping the triggers (SQLite's way) would stop the
// trail for every workstation until the bulk load ends. Instead the
// functions skip their row while this session's setting is 'off'; it ends
// with the connection, so a process dying in between leaves nothing to
// undo. (Anyone able to SET it could as well drop the triggers: the guard
// against someone holding the database's credentials is the server's
// roles, not the triggers.)
void suspend(Database& db)
{
    db.execute(QStringLiteral("SET %1 = 'off'").arg(kSwitch));
}

bool active(Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT current_setting('%1', true)").arg(kSwitch));
    Database::run(q);
    const bool suspended = q.next() && q.value(0).toString() == QLatin1String("off");
    q.finish();
    return !suspended && fingerprints(generate(db, currentSchema(db))) == existing(db);
}

void createGuards(Database& db, const QString& refused, const QString& anchorRefused,
                  const QString& updateRefusedWhen)
{
    const QString schema = currentSchema(db);
    const QString log = tableRef(schema, QStringLiteral("audit_log"));
    const QString anchor = tableRef(schema, QStringLiteral("audit_anchor"));
    const QString logGuard = tableRef(schema, QStringLiteral("audit_guard_log"));
    const QString anchorGuard = tableRef(schema, QStringLiteral("audit_guard_anchor"));
    const QString function =
        QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS "
                       "$audit$BEGIN RAISE EXCEPTION USING MESSAGE = %2; END$audit$");
    const QString row =
        QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %4()");
    // TRUNCATE skips DELETE triggers: refused too, here only (SQLite has none).
    const QString truncate =
        QStringLiteral("CREATE TRIGGER %1 BEFORE TRUNCATE ON %2 FOR EACH STATEMENT EXECUTE FUNCTION %3()");
    const QStringList statements = {
        function.arg(logGuard, quoted(refused)),
        function.arg(anchorGuard, quoted(anchorRefused)),
        row.arg(QStringLiteral("audit_guard_log_delete"), QStringLiteral("DELETE"), log, logGuard),
        QStringLiteral(
            "CREATE TRIGGER audit_guard_log_update BEFORE UPDATE ON %1 FOR EACH ROW WHEN (%2) EXECUTE "
            "FUNCTION %3()")
            .arg(log, updateRefusedWhen, logGuard),
        truncate.arg(QStringLiteral("audit_guard_log_truncate"), log, logGuard),
        row.arg(QStringLiteral("audit_guard_anchor_insert"), QStringLiteral("INSERT"), anchor, anchorGuard),
        row.arg(QStringLiteral("audit_guard_anchor_update"), QStringLiteral("UPDATE"), anchor, anchorGuard),
        row.arg(QStringLiteral("audit_guard_anchor_delete"), QStringLiteral("DELETE"), anchor, anchorGuard),
        truncate.arg(QStringLiteral("audit_guard_anchor_truncate"), anchor, anchorGuard),
    };
    for (const auto& sql : statements)
        db.execute(sql);
}

void dropGuards(Database& db)
{
    const QString schema = currentSchema(db);
    const QString log = tableRef(schema, QStringLiteral("audit_log"));
    const QString anchor = tableRef(schema, QStringLiteral("audit_anchor"));
    const QList<QPair<const char*, QString>> guards = {
        {"audit_guard_log_delete", log},         {"audit_guard_log_update", log},
        {"audit_guard_log_truncate", log},       {"audit_guard_anchor_insert", anchor},
        {"audit_guard_anchor_update", anchor},   {"audit_guard_anchor_delete", anchor},
        {"audit_guard_anchor_truncate", anchor},
    };
    for (const auto& [name, table] : guards)
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(QLatin1String(name), table));
}

} // namespace parcours::AuditTriggersPostgres
