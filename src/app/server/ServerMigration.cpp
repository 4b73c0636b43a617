#include "ServerMigration.h"

#include "AppContext.h"
#include "AuditService.h"
#include "DomainError.h"
#include "Logging.h"
#include "Permission.h"
#include "ServerCopy.h"

namespace parcours {

QList<TableCopyResult> ServerMigration::run(AppContext& source, const ServerSettings& target,
                                            const std::function<void(const QString&, qint64)>& progress)
{
    source.require(Permission::BulkExport);
    source.require(Permission::ManageUsers);
    if (source.isServer())
        throw DomainError(tr("This database is already on a server: open the local file to copy it."));
    auto server = AppContext::openServer(target, source.clock());
    // The server's trail names the coordinator who moved the data.
    server->setSession(source.session());
    const QList<TableCopyResult> results = ServerCopy::copy(source.database(), server->database(), progress);
    AuditService(*server).logEvent(QStringLiteral("migrated_from_file"), QStringLiteral("database"), 0,
                                   source.databasePath());
    AuditService(source).logEvent(QStringLiteral("migrated_to_server"), QStringLiteral("database"), 0,
                                  target.describe());
    logInfo(QStringLiteral("database copied to the server %1").arg(target.describe()));
    return results;
}

} // namespace parcours
