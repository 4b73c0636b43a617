#pragma once

#include <QtGlobal>

namespace parcours {

class Database;

// Keeps the full-text indexes (childminders_fts, approvals_fts) in step with
// their tables, writing them in one pass at the outermost COMMIT rather than
// row by row.
//
// Why: in SQLite, FTS5 keeps new rows in memory until the next statement
// that opens a statement journal, and every audited write opens one (its
// triggers may abort half-way). Written row by row between audited writes,
// each full-text row became its own on-disk segment, then merged again: a
// quarter of a PMI import's time. Queued, a whole import's rows go in as one
// sorted INSERT ... SELECT.
//
// A queued row is refreshed from its table at the flush, so it indexes what
// was committed, and a row deleted meanwhile is simply not indexed. The queue
// is a TEMP table: a rolled-back transaction or savepoint takes its queued
// rows with it. On a PostgreSQL server, and outside a transaction, rows are
// written at once (the server has no such segments).
class SearchIndexQueue
{
  public:
    enum class Index { Childminders, Approvals };

    explicit SearchIndexQueue(Database& db);

    // Creates the TEMP queue tables (SQLite; once per connection, outside
    // any transaction, after the migrations).
    void prepareConnection();
    // The full-text row of `rowid` must match its table row; `replace` when
    // it may already be indexed (an update).
    void refresh(Index index, qint64 rowid, bool replace);
    // Writes every queued row. Called before each outermost COMMIT, and by
    // the readers of the full-text tables inside a transaction.
    void flush();
    // A rolled-back outermost transaction left nothing queued.
    void forget() { m_queued = false; }

  private:
    void writeNow(Index index, qint64 rowid, bool replace);
    bool deferring() const;

    Database& m_db;
    bool m_ready = false;  // the queue tables exist on this connection
    bool m_queued = false; // some row may wait in them
};

} // namespace parcours
