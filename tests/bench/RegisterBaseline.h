#pragma once

#include <QList>
#include <QString>

struct sqlite3_stmt;

namespace parcours::bench {

class SqliteConnection;

// A page of the register and its count, as bare SQL through the C API: the
// same columns the list shows, each read once (no QString, no model).
struct RegisterPage
{
    QList<qint64> ids;
    qint64 count = 0;
};

class RegisterBaseline
{
  public:
    explicit RegisterBaseline(SqliteConnection& connection);

    // FTS5 prefix search: "hel" -> '"hel"*' on the unicode61 index that
    // removes diacritics, sorted by name, and its count.
    RegisterPage search(const QString& prefix, int limit);
    // One relay's people sorted by name, and their count.
    RegisterPage relay(qint64 relayId, int limit);
    // The relay with the most people (ties: the smallest id).
    qint64 largestRelay();

  private:
    SqliteConnection& m_connection;
    sqlite3_stmt* m_searchPage;
    sqlite3_stmt* m_searchCount;
    sqlite3_stmt* m_relayPage;
    sqlite3_stmt* m_relayCount;
};

} // namespace parcours::bench
