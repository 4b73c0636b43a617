#include "AuditTriggers.h"

#include "Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace parcours {

namespace {

const QString kCapturePrefix = QStringLiteral("audit_capture_");

// The trail's timestamp, the same text AuditRepository::record writes
// (QDateTime::toString(Qt::ISODateWithMs) in UTC), so rows sort and filter as text.
const QString kNow = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ','now')");

struct Column
{
    QString name;
    int pk = 0;        // position in the primary key, 0: not in it
    bool text = false; // declared as text: may hold what a person wrote
};

struct TableShape
{
    QString name;
    bool withoutRowid = false;
    QList<Column> columns;
    bool hasId = false;
    bool hasPersonColumn = false;
    // The person a row belongs to through a parent row (approval_events ->
    // approvals.childminder_id): the local column and the parent table.
    QString parentColumn;
    QString parentTable;
};

// Columns whose changes say nothing a reader of the trail needs: the
// optimistic-concurrency counter, the modification time (the trail has its
// own), and values derived from other columns (search keys, the copy of the
// current agrément on the person's row), whose source change is recorded.
bool isBookkeeping(const QString& column)
{
    static const QSet<QString> names = {
        QStringLiteral("version"),      QStringLiteral("updated_at"),         QStringLiteral("sort_name"),
        QStringLiteral("identity_key"), QStringLiteral("birth_identity_key"), QStringLiteral("number_key"),
    };
    return names.contains(column) || column.startsWith(QLatin1String("cur_"));
}

// Secrets are never copied into the trail: their change is recorded, not the values.
bool isSecret(const QString& column)
{
    return column.contains(QLatin1String("password")) || column.contains(QLatin1String("secret")) ||
           column.endsWith(QLatin1String("_hash"));
}

QString quoted(const QString& text)
{
    QString t = text;
    return QLatin1Char('\'') + t.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QString ident(const QString& name)
{
    QString t = name;
    return QLatin1Char('"') + t.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QList<TableShape> readShapes(Database& db)
{
    QList<TableShape> shapes;
    QSqlQuery list(db.connection());
    list.exec(
        QStringLiteral("SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main' ORDER BY name"));
    while (list.next()) {
        const QString name = list.value(0).toString();
        if (list.value(1).toString() != QLatin1String("table") ||
            !AuditTriggers::exclusionReason(name).isEmpty())
            continue;
        TableShape shape;
        shape.name = name;
        shape.withoutRowid = list.value(2).toInt() != 0;
        shapes.append(shape);
    }
    QSet<QString> tablesWithPerson;
    for (auto& shape : shapes) {
        QSqlQuery info(db.connection());
        info.prepare(QStringLiteral("SELECT name, pk, upper(type) FROM pragma_table_info(?) ORDER BY cid"));
        info.addBindValue(shape.name);
        info.exec();
        while (info.next()) {
            const QString type = info.value(2).toString();
            Column c{info.value(0).toString(), info.value(1).toInt(),
                     type.isEmpty() || type.contains(QLatin1String("TEXT")) ||
                         type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))};
            shape.hasId = shape.hasId || (c.name == QLatin1String("id") && c.pk == 1);
            shape.hasPersonColumn = shape.hasPersonColumn || c.name == QLatin1String("childminder_id");
            shape.columns.append(c);
        }
        if (shape.hasPersonColumn)
            tablesWithPerson.insert(shape.name);
    }
    for (auto& shape : shapes) {
        if (shape.hasPersonColumn || shape.name == QLatin1String("childminders"))
            continue;
        QSqlQuery fks(db.connection());
        fks.prepare(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"));
        fks.addBindValue(shape.name);
        fks.exec();
        while (fks.next()) {
            const QString parent = fks.value(0).toString();
            const QString to = fks.value(2).toString();
            if (tablesWithPerson.contains(parent) && (to.isEmpty() || to == QLatin1String("id"))) {
                shape.parentTable = parent;
                shape.parentColumn = fks.value(1).toString();
                break;
            }
        }
    }
    return shapes;
}

QString entityIdExpr(const TableShape& t, const QString& row)
{
    if (t.hasId)
        return row + QStringLiteral(".id");
    return t.withoutRowid ? QStringLiteral("NULL") : row + QStringLiteral(".rowid");
}

// A row about a person: its audit rows are redacted when she is anonymised.
bool aboutPerson(const TableShape& t)
{
    return t.name == QLatin1String("childminders") || t.hasPersonColumn || !t.parentTable.isEmpty();
}

// The key of a table without an integer id, chained by the hash and so never
// redacted. Text parts of the key of a row about a person (a free-text survey
// answer is part of survey_answers' key) stay out of it: keyTextExpr() puts
// them among the values, which anonymisation clears.
QString entityKeyExpr(const TableShape& t, const QString& row)
{
    if (t.hasId)
        return QStringLiteral("NULL");
    QMap<int, QString> parts;
    for (const auto& c : t.columns)
        if (c.pk > 0 && !(c.text && aboutPerson(t)))
            parts.insert(c.pk, row + QLatin1Char('.') + ident(c.name));
    if (parts.isEmpty())
        return QStringLiteral("NULL");
    return QStringList(parts.values()).join(QStringLiteral(" || '|' || "));
}

QString keyTextExpr(const TableShape& t, const QString& row)
{
    if (t.hasId || !aboutPerson(t))
        return QStringLiteral("NULL");
    QMap<int, QString> parts;
    for (const auto& c : t.columns)
        if (c.pk > 0 && c.text)
            parts.insert(c.pk, row + QLatin1Char('.') + ident(c.name));
    if (parts.isEmpty())
        return QStringLiteral("NULL");
    return QStringList(parts.values()).join(QStringLiteral(" || '|' || "));
}

QString personExpr(const TableShape& t, const QString& row)
{
    if (t.name == QLatin1String("childminders"))
        return row + QStringLiteral(".id");
    if (t.hasPersonColumn)
        return row + QStringLiteral(".childminder_id");
    if (!t.parentTable.isEmpty())
        return QStringLiteral("(SELECT childminder_id FROM %1 WHERE id = %2.%3)")
            .arg(ident(t.parentTable), row, ident(t.parentColumn));
    return QStringLiteral("NULL");
}

QString insertHead()
{
    return QStringLiteral("INSERT INTO audit_log(at_utc, action, entity, entity_id, entity_key, person_id, "
                          "field, old_value, new_value) ");
}

// name -> CREATE TRIGGER statement, for every audited table.
QMap<QString, QString> generate(Database& db)
{
    QMap<QString, QString> triggers;
    for (const auto& t : readShapes(db)) {
        const QString base = kCapturePrefix + t.name;
        const QString table = ident(t.name);
        const QString entity = quoted(t.name);
        const QString head = insertHead();

        triggers.insert(
            base + QStringLiteral("_insert"),
            QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN %3VALUES(%4, 'create', %5, "
                           "%6, %7, %8, NULL, NULL, %9); END")
                .arg(ident(base + QStringLiteral("_insert")), table, head, kNow, entity,
                     entityIdExpr(t, QStringLiteral("NEW")), entityKeyExpr(t, QStringLiteral("NEW")),
                     personExpr(t, QStringLiteral("NEW")), keyTextExpr(t, QStringLiteral("NEW"))));

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
                .arg(ident(base + QStringLiteral("_delete")), table, head, kNow, entity,
                     entityIdExpr(t, QStringLiteral("OLD")), entityKeyExpr(t, QStringLiteral("OLD")),
                     personExpr(t, QStringLiteral("OLD")), pairs.join(QStringLiteral(", "))));

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
                           .arg(head, kNow, entity, entityIdExpr(t, QStringLiteral("NEW")),
                                entityKeyExpr(t, QStringLiteral("NEW")), personExpr(t, QStringLiteral("NEW")),
                                quoted(c.name), values, col);
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
    if (db.isServer()) // PG-PORT-IN-PROGRESS: replaced by the PostgreSQL triggers
        return;
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
    if (db.isServer()) // PG-PORT-IN-PROGRESS: replaced by the PostgreSQL triggers
        return;
    const QMap<QString, QString> present = existing(db);
    if (present.isEmpty())
        return;
    db.inWriteTransaction([&] { dropCapture(db, present); });
}

bool AuditTriggers::active(Database& db)
{
    return generate(db) == existing(db);
}

void AuditTriggers::createGuards(Database& db)
{
    if (db.isServer()) // PG-PORT-IN-PROGRESS: replaced by the PostgreSQL triggers
        return;
    const QString refused = QCoreApplication::translate(
        "AuditTriggers", "The audit trail cannot be modified or deleted: it is append-only.");
    const QString anchorRefused =
        QCoreApplication::translate("AuditTriggers", "The audit trail's anchor is written only by a purge.");
    const QStringList statements = {
        QStringLiteral("CREATE TRIGGER audit_guard_log_delete BEFORE DELETE ON audit_log BEGIN "
                       "SELECT RAISE(ABORT, %1); END")
            .arg(quoted(refused)),
        // Sealing fills a row whose hash is still NULL; redaction only sets the
        // values and their salt to NULL. Anything else is refused.
        QStringLiteral(
            "CREATE TRIGGER audit_guard_log_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL AND "
            "NOT ("
            "NEW.old_value IS NULL AND NEW.new_value IS NULL AND NEW.salt IS NULL AND NEW.id IS OLD.id AND "
            "NEW.at_utc IS OLD.at_utc AND NEW.user_login IS OLD.user_login AND NEW.action IS OLD.action AND "
            "NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id AND NEW.entity_key IS "
            "OLD.entity_key AND "
            "NEW.person_id IS OLD.person_id AND NEW.field IS OLD.field AND NEW.values_digest IS "
            "OLD.values_digest "
            "AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash) BEGIN SELECT RAISE(ABORT, %1); END")
            .arg(quoted(refused)),
        QStringLiteral("CREATE TRIGGER audit_guard_anchor_insert BEFORE INSERT ON audit_anchor BEGIN "
                       "SELECT RAISE(ABORT, %1); END")
            .arg(quoted(anchorRefused)),
        QStringLiteral("CREATE TRIGGER audit_guard_anchor_update BEFORE UPDATE ON audit_anchor BEGIN "
                       "SELECT RAISE(ABORT, %1); END")
            .arg(quoted(anchorRefused)),
        QStringLiteral("CREATE TRIGGER audit_guard_anchor_delete BEFORE DELETE ON audit_anchor BEGIN "
                       "SELECT RAISE(ABORT, %1); END")
            .arg(quoted(anchorRefused)),
    };
    for (const auto& sql : statements)
        db.execute(sql);
}

void AuditTriggers::dropGuards(Database& db)
{
    if (db.isServer()) // PG-PORT-IN-PROGRESS: replaced by the PostgreSQL triggers
        return;
    for (const char* name : {"audit_guard_log_delete", "audit_guard_log_update", "audit_guard_anchor_insert",
                             "audit_guard_anchor_update", "audit_guard_anchor_delete"})
        db.execute(QStringLiteral("DROP TRIGGER IF EXISTS ") + QLatin1String(name));
}

} // namespace parcours
