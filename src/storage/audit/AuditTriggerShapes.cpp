#include "AuditTriggerShapes.h"

#include "AuditTriggers.h"
#include "Database.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace parcours::auditcapture {

namespace {

Column columnOf(const QString& name, int pk, const QString& upperType)
{
    // SQLite: a column without a declared type holds text.
    const bool text = upperType.isEmpty() || upperType.contains(QLatin1String("TEXT")) ||
                      upperType.contains(QLatin1String("CHAR")) || upperType.contains(QLatin1String("CLOB"));
    const bool real = upperType.contains(QLatin1String("REAL")) ||
                      upperType.contains(QLatin1String("DOUBLE")) ||
                      upperType.contains(QLatin1String("FLOAT"));
    return Column{name, pk, text, real};
}

void addColumn(TableShape& shape, const Column& c)
{
    shape.hasId = shape.hasId || (c.name == QLatin1String("id") && c.pk == 1);
    shape.hasPersonColumn = shape.hasPersonColumn || c.name == QLatin1String("childminder_id");
    shape.columns.append(c);
}

// One foreign-key column: table -> (parent, local column, parent column),
// in the order SQLite's pragma_foreign_key_list gives them (last declared first).
struct ForeignKey
{
    QString parent, from, to;
};

QList<TableShape> sqliteShapes(Database& db, QHash<QString, QList<ForeignKey>>& foreignKeys)
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
    for (auto& shape : shapes) {
        QSqlQuery info(db.connection());
        info.prepare(QStringLiteral("SELECT name, pk, upper(type) FROM pragma_table_info(?) ORDER BY cid"));
        info.addBindValue(shape.name);
        info.exec();
        while (info.next())
            addColumn(shape,
                      columnOf(info.value(0).toString(), info.value(1).toInt(), info.value(2).toString()));
        if (shape.hasPersonColumn || shape.name == QLatin1String("childminders"))
            continue; // its person is its own (readShapes)
        QSqlQuery fks(db.connection());
        fks.prepare(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)"));
        fks.addBindValue(shape.name);
        fks.exec();
        while (fks.next())
            foreignKeys[shape.name].append(
                {fks.value(0).toString(), fks.value(1).toString(), fks.value(2).toString()});
    }
    return shapes;
}

// The same from PostgreSQL's catalog, current schema only, in two queries
// (a server may be at the other end of a network). Generated columns are
// left out, as pragma_table_info leaves them out.
QList<TableShape> postgresShapes(Database& db, QHash<QString, QList<ForeignKey>>& foreignKeys)
{
    const QString schemaOid =
        QStringLiteral("(SELECT oid FROM pg_namespace WHERE nspname = current_schema())");
    QList<TableShape> shapes;
    QSqlQuery columns(db.connection());
    columns.setForwardOnly(true);
    columns.prepare(
        QStringLiteral("SELECT c.relname, a.attname, coalesce(array_position(k.conkey, a.attnum), 0), "
                       "upper(format_type(a.atttypid, a.atttypmod)) FROM pg_class c JOIN "
                       "pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT "
                       "a.attisdropped AND a.attgenerated = '' LEFT JOIN pg_constraint k ON "
                       "k.conrelid = c.oid AND k.contype = 'p' WHERE c.relkind IN ('r', 'p') AND "
                       "c.relnamespace = %1 ORDER BY c.relname COLLATE \"C\", a.attnum")
            .arg(schemaOid));
    Database::run(columns);
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        if (!AuditTriggers::exclusionReason(table).isEmpty())
            continue;
        if (shapes.isEmpty() || shapes.last().name != table) {
            TableShape shape;
            shape.name = table;
            shape.withoutRowid = true;
            shapes.append(shape);
        }
        addColumn(shapes.last(), columnOf(columns.value(1).toString(), columns.value(2).toInt(),
                                          columns.value(3).toString()));
    }
    QSqlQuery fks(db.connection());
    fks.setForwardOnly(true);
    fks.prepare(QStringLiteral("SELECT c.relname, p.relname, la.attname, ra.attname FROM pg_constraint f "
                               "JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class p ON p.oid = f.confrelid "
                               "CROSS JOIN LATERAL unnest(f.conkey, f.confkey) WITH ORDINALITY AS k(l, r, n) "
                               "JOIN pg_attribute la ON la.attrelid = f.conrelid AND la.attnum = k.l "
                               "JOIN pg_attribute ra ON ra.attrelid = f.confrelid AND ra.attnum = k.r "
                               "WHERE f.contype = 'f' AND c.relnamespace = %1 AND p.relnamespace = %1 "
                               "ORDER BY c.relname, f.oid DESC, k.n")
                    .arg(schemaOid));
    Database::run(fks);
    while (fks.next())
        foreignKeys[fks.value(0).toString()].append(
            {fks.value(1).toString(), fks.value(2).toString(), fks.value(3).toString()});
    return shapes;
}

} // namespace

QList<TableShape> readShapes(Database& db)
{
    QHash<QString, QList<ForeignKey>> foreignKeys;
    QList<TableShape> shapes =
        db.isServer() ? postgresShapes(db, foreignKeys) : sqliteShapes(db, foreignKeys);
    QSet<QString> tablesWithPerson;
    for (const auto& shape : shapes)
        if (shape.hasPersonColumn)
            tablesWithPerson.insert(shape.name);
    for (auto& shape : shapes) {
        if (shape.hasPersonColumn || shape.name == QLatin1String("childminders"))
            continue;
        for (const auto& fk : foreignKeys.value(shape.name)) {
            if (tablesWithPerson.contains(fk.parent) && (fk.to.isEmpty() || fk.to == QLatin1String("id"))) {
                shape.parentTable = fk.parent;
                shape.parentColumn = fk.from;
                break;
            }
        }
    }
    return shapes;
}

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

bool aboutPerson(const TableShape& t)
{
    return t.name == QLatin1String("childminders") || t.hasPersonColumn || !t.parentTable.isEmpty();
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

QString tableRef(const QString& schema, const QString& table)
{
    return schema.isEmpty() ? ident(table) : ident(schema) + QLatin1Char('.') + ident(table);
}

QString valueText(const Column& c, const QString& row, const QString& schema)
{
    const QString value = row + QLatin1Char('.') + ident(c.name);
    if (schema.isEmpty())
        return value; // SQLite converts on storing into the TEXT column
    // SQLite writes a whole REAL as 12.0 where PostgreSQL writes 12: the
    // trail says the same on both (%!.15g, which SQLite uses, has 15 digits).
    if (c.real)
        return QStringLiteral("CASE WHEN %1 = trunc(%1) AND abs(%1) < 1e15 THEN CAST(CAST(%1 AS BIGINT) AS "
                              "TEXT) || '.0' ELSE CAST(%1 AS TEXT) END")
            .arg(value);
    return QStringLiteral("CAST(%1 AS TEXT)").arg(value);
}

QString entityIdExpr(const TableShape& t, const QString& row)
{
    if (t.hasId)
        return row + QStringLiteral(".id");
    return t.withoutRowid ? QStringLiteral("NULL") : row + QStringLiteral(".rowid");
}

namespace {
// The primary-key columns that `take` accepts, joined with '|' in key order.
template <typename Take>
QString keyParts(const TableShape& t, const QString& row, const QString& schema, Take take)
{
    QMap<int, QString> parts;
    for (const auto& c : t.columns)
        if (c.pk > 0 && take(c))
            parts.insert(c.pk, valueText(c, row, schema));
    if (parts.isEmpty())
        return QStringLiteral("NULL");
    return QStringList(parts.values()).join(QStringLiteral(" || '|' || "));
}
} // namespace

// The key of a table without an integer id, chained by the hash and so never
// redacted. Text parts of the key of a row about a person (a free-text survey
// answer is part of survey_answers' key) stay out of it: keyTextExpr() puts
// them among the values, which anonymisation clears.
QString entityKeyExpr(const TableShape& t, const QString& row, const QString& schema)
{
    if (t.hasId)
        return QStringLiteral("NULL");
    return keyParts(t, row, schema, [&](const Column& c) { return !(c.text && aboutPerson(t)); });
}

QString keyTextExpr(const TableShape& t, const QString& row, const QString& schema)
{
    if (t.hasId || !aboutPerson(t))
        return QStringLiteral("NULL");
    return keyParts(t, row, schema, [](const Column& c) { return c.text; });
}

QString personExpr(const TableShape& t, const QString& row, const QString& schema)
{
    if (t.name == QLatin1String("childminders"))
        return row + QStringLiteral(".id");
    if (t.hasPersonColumn)
        return row + QStringLiteral(".childminder_id");
    if (!t.parentTable.isEmpty())
        return QStringLiteral("(SELECT childminder_id FROM %1 WHERE id = %2.%3)")
            .arg(tableRef(schema, t.parentTable), row, ident(t.parentColumn));
    return QStringLiteral("NULL");
}

QString insertHead(const QString& schema)
{
    return QStringLiteral("INSERT INTO %1(at_utc, action, entity, entity_id, entity_key, person_id, "
                          "field, old_value, new_value) ")
        .arg(schema.isEmpty() ? QStringLiteral("audit_log") : tableRef(schema, QStringLiteral("audit_log")));
}

} // namespace parcours::auditcapture
