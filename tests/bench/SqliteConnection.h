#pragma once

#include <QString>
#include <QVariant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace parcours::bench {

// The baselines' own connection through the SQLite C API, read-only, with
// no QtSql and nothing of ours in between. Statements are prepared once and
// kept, as the repositories' statement cache keeps theirs.
class SqliteConnection
{
  public:
    explicit SqliteConnection(const QString& path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Owned by the connection; throws BenchError when the SQL is refused.
    sqlite3_stmt* prepare(const char* sql);
    // Resets the statement and binds values 1..n (qint64, double, QString).
    static void bind(sqlite3_stmt* statement, const QVariantList& values);
    // Steps to the end; throws BenchError on an error.
    static bool step(sqlite3_stmt* statement);
    // One integer: the first column of the first row.
    static qint64 scalar(sqlite3_stmt* statement, const QVariantList& values);

    sqlite3* handle() const { return m_db; }

  private:
    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
};

} // namespace parcours::bench
