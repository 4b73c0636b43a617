#pragma once

#include "TableCopyResult.h"

#include <QList>
#include <QString>
#include <functional>

namespace parcours {

class Database;

// Copies a SQLite database into a new PostgreSQL schema (issue 6,
// `parcours-cli migrate-to-server`), ids, audit trail and search index
// included, in one transaction on the server. Before committing, every
// table is counted and checksummed on both sides; any difference rolls the
// whole copy back, so the server holds all of it or nothing.
class ServerCopy
{
  public:
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    // `target` must be a server schema at the same version, with no record
    // yet. Throws StorageError (French) when it is not, when a row is
    // refused, or when the verification finds a difference.
    static QList<TableCopyResult> copy(Database& source, Database& target, const Progress& progress = {});

    // The checksum of one table (or of a full-text table's words), the same
    // text on SQLite and on PostgreSQL for the same rows, whatever their order.
    static QString checksum(Database& db, const QString& table, const QStringList& columns, qint64* rows);
};

} // namespace parcours
