#include "RegisterBaseline.h"

#include "SqliteConnection.h"

#include <sqlite3.h>

namespace parcours::bench {

namespace {

// The columns of the register list (SqlChildminderRepository::list).
#define REGISTER_COLUMNS                                                                                     \
    "SELECT c.id, c.usage_name, c.birth_name, c.first_name, c.birth_date, c.commune_name, c.postal_code, "   \
    "r.name, c.status, c.cur_approval_number, c.cur_approval_end, c.cur_places, c.phone "                    \
    "FROM childminders c LEFT JOIN relays r ON r.id = c.relay_id "

QList<qint64> readPage(sqlite3_stmt* statement)
{
    QList<qint64> ids;
    qint64 bytes = 0; // every column read, as a list would
    while (SqliteConnection::step(statement)) {
        ids.append(sqlite3_column_int64(statement, 0));
        for (int c = 1; c < 13; ++c) {
            sqlite3_column_text(statement, c);
            bytes += sqlite3_column_bytes(statement, c);
        }
    }
    sqlite3_reset(statement);
    Q_UNUSED(bytes)
    return ids;
}

} // namespace

RegisterBaseline::RegisterBaseline(SqliteConnection& connection)
    : m_connection(connection),
      m_searchPage(connection.prepare(
          REGISTER_COLUMNS
          "WHERE c.id IN (SELECT rowid FROM childminders_fts WHERE childminders_fts MATCH ?) "
          "ORDER BY c.sort_name, c.id LIMIT ?")),
      m_searchCount(
          connection.prepare("SELECT count(*) FROM childminders_fts WHERE childminders_fts MATCH ?")),
      m_relayPage(
          connection.prepare(REGISTER_COLUMNS "WHERE c.relay_id = ? ORDER BY c.sort_name, c.id LIMIT ?")),
      m_relayCount(connection.prepare("SELECT count(*) FROM childminders WHERE relay_id = ?"))
{
}

RegisterPage RegisterBaseline::search(const QString& prefix, int limit)
{
    const QString match = QLatin1Char('"') + prefix + QStringLiteral("\"*");
    RegisterPage page;
    page.count = SqliteConnection::scalar(m_searchCount, {match});
    SqliteConnection::bind(m_searchPage, {match, limit});
    page.ids = readPage(m_searchPage);
    return page;
}

RegisterPage RegisterBaseline::relay(qint64 relayId, int limit)
{
    RegisterPage page;
    page.count = SqliteConnection::scalar(m_relayCount, {relayId});
    SqliteConnection::bind(m_relayPage, {relayId, limit});
    page.ids = readPage(m_relayPage);
    return page;
}

qint64 RegisterBaseline::largestRelay()
{
    return SqliteConnection::scalar(
        m_connection.prepare("SELECT relay_id FROM childminders WHERE relay_id IS NOT NULL GROUP BY relay_id "
                             "ORDER BY count(*) DESC, relay_id LIMIT 1"),
        {});
}

} // namespace parcours::bench
