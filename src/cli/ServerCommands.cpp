// Issue 6 (shared server): migrate-to-server.
#include "AppContext.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "ServerMigration.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace parcours {

namespace {

void addMigrateOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("host"),
                      QCoreApplication::translate("parcours-cli", "PostgreSQL server name or address."),
                      QCoreApplication::translate("parcours-cli", "HOST")});
    parser.addOption({QStringLiteral("port"),
                      QCoreApplication::translate("parcours-cli", "Server port (default 5432)."),
                      QCoreApplication::translate("parcours-cli", "PORT"), QStringLiteral("5432")});
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate("parcours-cli", "Database on the server."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption(
        {QStringLiteral("server-user"),
         QCoreApplication::translate(
             "parcours-cli", "PostgreSQL user (password from PARCOURS_SERVER_PASSWORD or ~/.pgpass)."),
         QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption(
        {QStringLiteral("sslmode"),
         QCoreApplication::translate(
             "parcours-cli", "Encryption: disable, prefer (default), require, verify-ca or verify-full."),
         QCoreApplication::translate("parcours-cli", "MODE"), QStringLiteral("prefer")});
    parser.addOption(
        {QStringLiteral("schema"),
         QCoreApplication::translate("parcours-cli",
                                     "PostgreSQL schema to create the tables in (default: the user's own)."),
         QCoreApplication::translate("parcours-cli", "NAME")});
}

int runMigrate(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    ServerSettings target;
    target.host = parser.value(QStringLiteral("host"));
    target.port = parser.value(QStringLiteral("port")).toInt();
    target.database = parser.value(QStringLiteral("database"));
    target.user = parser.value(QStringLiteral("server-user"));
    target.sslMode = parser.value(QStringLiteral("sslmode"));
    target.schema = parser.value(QStringLiteral("schema"));
    target.password = qEnvironmentVariable("PARCOURS_SERVER_PASSWORD");
    static const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                         QStringLiteral("prefer"),    QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!args.isEmpty() || !target.isComplete() || !sslModes.contains(target.sslMode)) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli",
            "Usage: parcours-cli --db FILE --user NAME migrate-to-server --host HOST "
            "[--port PORT] --database NAME --server-user NAME [--sslmode MODE] [--schema NAME]"));
        return ExitUsage;
    }
    AppContext& source = cli.app();
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    QString lastTable;
    const auto results = ServerMigration::run(source, target, [&](const QString& table, qint64 rows) {
        if (verbose && table != lastTable) {
            CliContext::err(QCoreApplication::translate("parcours-cli", "Copying %1...").arg(table));
            lastTable = table;
        }
        Q_UNUSED(rows);
    });
    qint64 total = 0;
    for (const auto& r : results)
        total += r.targetRows;
    const int shownTotal = total > INT_MAX ? INT_MAX : int(total);
    if (cli.json()) {
        QJsonArray tables;
        for (const auto& r : results)
            tables.append(QJsonObject{{QStringLiteral("table"), r.table},
                                      {QStringLiteral("sourceRows"), r.sourceRows},
                                      {QStringLiteral("serverRows"), r.targetRows},
                                      {QStringLiteral("checksum"), r.targetChecksum},
                                      {QStringLiteral("verified"), r.matches()}});
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("server"), target.describe()},
                                                      {QStringLiteral("rows"), total},
                                                      {QStringLiteral("tables"), tables}}));
        return ExitOk;
    }
    CliContext::out(QCoreApplication::translate("parcours-cli", "%1 %2 %3  %4")
                        .arg(QCoreApplication::translate("parcours-cli", "Table"), -28)
                        .arg(QCoreApplication::translate("parcours-cli", "Local"), 10)
                        .arg(QCoreApplication::translate("parcours-cli", "Server"), 10)
                        .arg(QCoreApplication::translate("parcours-cli", "Checksum (SHA-256)")));
    for (const auto& r : results)
        CliContext::out(QStringLiteral("%1 %2 %3  %4 %5")
                            .arg(r.table, -28)
                            .arg(r.sourceRows, 10)
                            .arg(r.targetRows, 10)
                            .arg(r.targetChecksum.left(16))
                            .arg(r.matches() ? QCoreApplication::translate("parcours-cli", "identical")
                                             : QCoreApplication::translate("parcours-cli", "DIFFERENT")));
    CliContext::out(QCoreApplication::translate(
                        "parcours-cli",
                        "%n row(s) copied to %1 and verified, table by table (row counts and checksums). "
                        "Staff can now open the server: File > Open a shared server.",
                        nullptr, shownTotal)
                        .arg(target.describe()));
    return ExitOk;
}

} // namespace

QList<CliCommand> serverCommands()
{
    return {
        {QStringLiteral("migrate-to-server"),
         QCoreApplication::translate(
             "parcours-cli", "migrate-to-server --host HOST [--port PORT] --database NAME --server-user NAME "
                             "[--sslmode MODE] "
                             "[--schema NAME]   copy this database to a PostgreSQL server and verify it"),
         &addMigrateOptions, &runMigrate},
    };
}

} // namespace parcours
