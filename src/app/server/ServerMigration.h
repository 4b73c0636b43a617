#pragma once

#include "ServerSettings.h"
#include "TableCopyResult.h"

#include <QList>
#include <functional>

#include <QCoreApplication>

namespace parcours {

class AppContext;

// Moving a service from its local file to a shared PostgreSQL server
// (issue 6): every record, user, audit row and search entry is copied into a
// new schema on the server and verified table by table (row counts and
// checksums) before the copy is committed. Both trails record the move.
class ServerMigration
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigration)

  public:
    // A coordinator only: the copy carries every record and every account.
    // Throws AccessDenied, or StorageError (French) with nothing kept on the
    // server when anything fails.
    static QList<TableCopyResult>
    run(AppContext& source, const ServerSettings& target,
        const std::function<void(const QString& table, qint64 rows)>& progress = {});
};

} // namespace parcours
