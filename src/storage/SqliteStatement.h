#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace parcours {

class Database;

// One statement run through SQLite's C API on the connection QtSql opened,
// for the few reads done at every keystroke and scroll (a page of the
// register). QtSql turns each value into a QVariant holding a UTF-16 copy
// SQLite made first; for a 100-row page that cost as much as the query (issue
// 6). Here a text is decoded once, from SQLite's own UTF-8.
//
// Only for reads, on the thread that owns the connection. Every run ends
// with a reset (next() returning false, an error, or the destructor), so no
// read transaction outlives the call that started it. A server connection
// has no such handle: prepare() then returns null and callers use QtSql.
class SqliteStatement
{
  public:
    // Null when `db` is not SQLite. Throws StorageError when the SQL is refused.
    static std::unique_ptr<SqliteStatement> prepare(Database& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // Starts a new run with these values for the ?s, in order (int, qint64,
    // double, text; a null QVariant is NULL).
    void start(const QVariantList& values);
    // The next row; false at the end (the statement is then reset). Throws
    // StorageError, after a reset, when SQLite fails or the run is cancelled.
    bool next();
    // Ends a run early (rows left unread).
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    QString text(int column) const;
    QDate date(int column) const; // ISO text, NULL as an invalid date

    // Whether `db` is still the connection this statement was prepared on
    // (a Database never reconnects today; this keeps a cache honest if it does).
    bool belongsTo(Database& db) const;

  private:
    SqliteStatement(sqlite3* connection, sqlite3_stmt* statement);
    [[noreturn]] void fail(int code);

    sqlite3* m_connection;
    sqlite3_stmt* m_statement;
};

} // namespace parcours
