#include "SearchIndexQueue.h"

#include "Database.h"

#include <QSqlQuery>
#include <QString>

namespace parcours {

namespace {

// Each full-text table and the columns of its table it indexes. The columns
// are stored as the repositories wrote them (numbers trimmed, no NULL text),
// so the index reads them back rather than being handed them.
struct IndexTable
{
    QString fts;
    QString table;
    QString columns;
    QString queue; // a TEMP table
};

const IndexTable& tableOf(SearchIndexQueue::Index index)
{
    static const IndexTable childminders{QStringLiteral("childminders_fts"), QStringLiteral("childminders"),
                                         QStringLiteral("usage_name, birth_name, first_name, commune_name"),
                                         QStringLiteral("search_queue_childminders")};
    static const IndexTable approvals{QStringLiteral("approvals_fts"), QStringLiteral("approvals"),
                                      QStringLiteral("number"), QStringLiteral("search_queue_approvals")};
    return index == SearchIndexQueue::Index::Childminders ? childminders : approvals;
}

constexpr SearchIndexQueue::Index kIndexes[] = {SearchIndexQueue::Index::Childminders,
                                                SearchIndexQueue::Index::Approvals};

} // namespace

SearchIndexQueue::SearchIndexQueue(Database& db) : m_db(db) {}

void SearchIndexQueue::prepareConnection()
{
    if (m_db.isServer())
        return;
    // Without the queue (say a connection that cannot create a TEMP table)
    // rows are written one by one, as before: slower, never wrong.
    QSqlQuery create(m_db.connection());
    for (const Index index : kIndexes)
        if (!create.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1(id INTEGER PRIMARY KEY, "
                                        "replace_old INTEGER NOT NULL)")
                             .arg(tableOf(index).queue)))
            return;
    m_ready = true;
}

bool SearchIndexQueue::deferring() const
{
    return m_ready && m_db.inTransaction();
}

void SearchIndexQueue::refresh(Index index, qint64 rowid, bool replace)
{
    if (!deferring()) {
        writeNow(index, rowid, replace);
        return;
    }
    QSqlQuery& q = m_db.prepared(
        QStringLiteral("INSERT INTO temp.%1(id, replace_old) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
                       "replace_old = max(replace_old, excluded.replace_old)")
            .arg(tableOf(index).queue));
    q.bindValue(0, rowid);
    q.bindValue(1, replace ? 1 : 0);
    Database::run(q);
    m_queued = true;
}

void SearchIndexQueue::writeNow(Index index, qint64 rowid, bool replace)
{
    const IndexTable& t = tableOf(index);
    if (replace) {
        QSqlQuery& del = m_db.prepared(QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(t.fts));
        del.bindValue(0, rowid);
        Database::run(del);
    }
    QSqlQuery& ins =
        m_db.prepared(QStringLiteral("INSERT INTO %1(rowid, %2) SELECT id, %2 FROM %3 WHERE id = ?")
                          .arg(t.fts, t.columns, t.table));
    ins.bindValue(0, rowid);
    Database::run(ins);
}

void SearchIndexQueue::flush()
{
    if (!m_queued)
        return;
    for (const Index index : kIndexes) {
        const IndexTable& t = tableOf(index);
        m_db.execute(
            QStringLiteral("DELETE FROM %1 WHERE rowid IN (SELECT id FROM temp.%2 WHERE replace_old)")
                .arg(t.fts, t.queue));
        // In rowid order: FTS5 writes its in-memory rows to disk whenever a
        // rowid is not greater than the previous one.
        m_db.execute(QStringLiteral("INSERT INTO %1(rowid, %2) SELECT t.id, %2 FROM temp.%3 q JOIN %4 t ON "
                                    "t.id = q.id ORDER BY q.id")
                         .arg(t.fts, t.columns, t.queue, t.table));
        m_db.execute(QStringLiteral("DELETE FROM temp.%1").arg(t.queue));
    }
    m_queued = false;
}

} // namespace parcours
