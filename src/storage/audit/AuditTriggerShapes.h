#pragma once

#include <QList>
#include <QString>

namespace parcours {

class Database;

// What the capture triggers are generated from, read from SQLite's PRAGMAs
// or PostgreSQL's catalog (AuditTriggers.cpp, AuditTriggersPostgres.cpp).
namespace auditcapture {

struct Column
{
    QString name;
    int pk = 0;        // position in the primary key, 0: not in it
    bool text = false; // declared as text: may hold what a person wrote
    bool real = false; // floating point: PostgreSQL writes it unlike SQLite
};

struct TableShape
{
    QString name;
    // No rowid: entity_id is NULL for a row without an integer id (always
    // so on PostgreSQL, which has no rowid).
    bool withoutRowid = false;
    QList<Column> columns;
    bool hasId = false;
    bool hasPersonColumn = false;
    // The person a row belongs to through a parent row (approval_events ->
    // approvals.childminder_id): the local column and the parent table.
    QString parentColumn;
    QString parentTable;
};

// The audited tables of the current database (schema, on PostgreSQL), in name order.
QList<TableShape> readShapes(Database& db);

// Columns whose changes are not recorded, and columns whose values are not.
bool isBookkeeping(const QString& column);
bool isSecret(const QString& column);
// A row about a person: its audit rows are redacted when she is anonymised.
bool aboutPerson(const TableShape& t);

// SQL literal and identifier quoting; a table qualified by its schema
// (PostgreSQL: the trigger functions must not depend on the search_path of
// whoever changes a row), or not when schema is empty (SQLite).
QString quoted(const QString& text);
QString ident(const QString& name);
QString tableRef(const QString& schema, const QString& table);

// The parts of an audit row, as expressions over NEW or OLD. `schema` empty:
// SQLite's spelling, else PostgreSQL's (values converted to the text
// SQLite would have stored, parent table qualified).
QString valueText(const Column& c, const QString& row, const QString& schema);
QString entityIdExpr(const TableShape& t, const QString& row);
QString entityKeyExpr(const TableShape& t, const QString& row, const QString& schema);
QString keyTextExpr(const TableShape& t, const QString& row, const QString& schema);
QString personExpr(const TableShape& t, const QString& row, const QString& schema);
QString insertHead(const QString& schema);

} // namespace auditcapture

} // namespace parcours
