// Issue 5 (backup): backup create, backup list, backup verify, backup restore.
#include "AppContext.h"
#include "AuditService.h"
#include "BackupCrypto.h"
#include "BackupService.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "Clock.h"
#include "DomainError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace parcours {

namespace {

// PARCOURS_BACKUP_PASSPHRASE for scripts, else asked on the terminal without
// echo (twice for a new backup). Empty when neither is possible.
QString passphrase(bool confirm)
{
    const char* variable = "PARCOURS_BACKUP_PASSPHRASE";
    const QString first = CliContext::readPassword(
        QCoreApplication::translate("parcours-cli", "Backup passphrase: "), variable);
    if (confirm && !first.isEmpty() && !qEnvironmentVariableIsSet(variable) &&
        CliContext::readPassword(QCoreApplication::translate("parcours-cli", "Passphrase again: "),
                                 variable) != first) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "The two passphrases differ."));
        return {};
    }
    return first;
}

int noPassphrase()
{
    CliContext::err(QCoreApplication::translate(
        "parcours-cli", "No passphrase: set PARCOURS_BACKUP_PASSPHRASE or run the command in a terminal."));
    return ExitUsage;
}

QString describeReason(const QString& reason)
{
    if (reason == QLatin1String("quotidienne"))
        return QCoreApplication::translate("parcours-cli", "daily");
    if (reason == QLatin1String("fermeture"))
        return QCoreApplication::translate("parcours-cli", "on exit");
    if (reason == QLatin1String("manuelle"))
        return QCoreApplication::translate("parcours-cli", "manual");
    if (reason.startsWith(QLatin1String("avant-migration")))
        return QCoreApplication::translate("parcours-cli", "before an update");
    return reason;
}

void addCreateOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate(
                          "parcours-cli", "Write the backup to this file instead of the backup folder."),
                      QCoreApplication::translate("parcours-cli", "FILE")});
    parser.addOption({QStringLiteral("encrypt"),
                      QCoreApplication::translate("parcours-cli", "Encrypt the backup (passphrase from "
                                                                  "PARCOURS_BACKUP_PASSPHRASE or asked).")});
}

int runCreate(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli backup create [--out FILE] [--encrypt]"));
        return ExitUsage;
    }
    BackupSettings settings = BackupSettings::load();
    settings.encrypt = settings.encrypt || parser.isSet(QStringLiteral("encrypt"));
    QString secret;
    if (settings.encrypt) {
        secret = passphrase(true);
        if (secret.isEmpty())
            return noPassphrase();
    }
    BackupService service(cli.app(), settings, secret);
    const QString out = parser.value(QStringLiteral("out"));
    const QString path = out.isEmpty()
                             ? service.backupNow(QStringLiteral("manuelle"))
                             : service.backupTo(QFileInfo(out).absoluteFilePath(), settings.encrypt);
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("path"), path},
                                                      {QStringLiteral("encrypted"), settings.encrypt},
                                                      {QStringLiteral("size"), QFileInfo(path).size()}}));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Backup written and checked: %1")
                            .arg(QDir::toNativeSeparators(path)));
    return ExitOk;
}

int runList(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "Usage: parcours-cli backup list"));
        return ExitUsage;
    }
    // Listing needs no open database: it works on a file that no longer opens.
    const QString folder =
        BackupService::folderFor(QFileInfo(cli.databasePath()).absoluteFilePath(), BackupSettings::load());
    const QList<BackupInfo> backups = BackupService::listFolder(folder);
    if (cli.json()) {
        QJsonArray rows;
        for (const BackupInfo& b : backups)
            rows.append(QJsonObject{{QStringLiteral("path"), b.path},
                                    {QStringLiteral("time"), b.time.toString(Qt::ISODate)},
                                    {QStringLiteral("reason"), b.reason},
                                    {QStringLiteral("size"), b.size},
                                    {QStringLiteral("encrypted"), b.encrypted}});
        CliContext::outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("folder"), folder}, {QStringLiteral("backups"), rows}}));
        return ExitOk;
    }
    if (backups.isEmpty()) {
        CliContext::out(QCoreApplication::translate("parcours-cli", "No backup in %1.")
                            .arg(QDir::toNativeSeparators(folder)));
        return ExitOk;
    }
    const QLocale locale;
    for (const BackupInfo& b : backups)
        CliContext::out(
            QStringLiteral("%1  %2  %3  %4%5")
                .arg(locale.toString(b.time.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
                     describeReason(b.reason), locale.formattedDataSize(b.size),
                     QDir::toNativeSeparators(b.path),
                     b.encrypted ? QCoreApplication::translate("parcours-cli", "  (encrypted)") : QString()));
    return ExitOk;
}

// An encrypted backup needs its passphrase before it can be read; a plain one
// needs nothing. False when it is encrypted and no passphrase came.
bool passphraseToRead(const QString& path, QString& secret)
{
    if (!BackupCrypto::isEncrypted(path))
        return true;
    secret = passphrase(false);
    return !secret.isEmpty();
}

int runVerify(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli backup verify FILE"));
        return ExitUsage;
    }
    QString secret;
    if (!passphraseToRead(args.front(), secret))
        return noPassphrase();
    const QString result = BackupService::verifyFile(args.front(), secret);
    const bool ok = result == QLatin1String("ok");
    if (cli.json())
        CliContext::outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("ok"), ok}, {QStringLiteral("message"), ok ? QString() : result}}));
    else if (ok)
        CliContext::out(QCoreApplication::translate("parcours-cli", "The backup %1 is sound.")
                            .arg(QDir::toNativeSeparators(args.front())));
    else
        CliContext::err(result);
    return ok ? ExitOk : ExitBadInput;
}

int runRestore(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli backup restore FILE"));
        return ExitUsage;
    }
    QString secret;
    if (!passphraseToRead(args.front(), secret))
        return noPassphrase();
    PreparedRestore prepared;
    {
        BackupService service(cli.app(), BackupSettings::load(), secret);
        prepared = service.prepareRestore(QFileInfo(args.front()).absoluteFilePath());
    }
    const QDateTime now = cli.clock().now().toUTC();
    cli.closeApp(); // every connection closed before the file is swapped
    QString kept;
    try {
        kept = BackupService::completeRestore(prepared, now);
    } catch (const DomainError& error) {
        // The database in place is unchanged: its trail says the restore failed.
        BackupService::recordFailedRestore(cli.app(), args.front(), error.message());
        throw;
    }
    // Recorded in the restored database, whose trail goes on from the backup's.
    AuditService(cli.app()).logEvent(QStringLiteral("restore"), QStringLiteral("database"), 0,
                                     QFileInfo(kept).fileName());
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("restored"), prepared.databasePath},
                                                      {QStringLiteral("previous"), kept}}));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli",
                                                    "Backup restored. The previous database is kept as %1.")
                            .arg(QDir::toNativeSeparators(kept)));
    return ExitOk;
}

} // namespace

QList<CliCommand> backupCommands()
{
    return {
        {QStringLiteral("backup create"),
         QCoreApplication::translate("parcours-cli", "backup create [--out FILE] [--encrypt]   back up the "
                                                     "database (a checked copy)"),
         &addCreateOptions, &runCreate},
        {QStringLiteral("backup list"),
         QCoreApplication::translate("parcours-cli", "backup list   the backups of the database"), nullptr,
         &runList},
        {QStringLiteral("backup verify"),
         QCoreApplication::translate("parcours-cli",
                                     "backup verify FILE   check that a backup can be restored"),
         nullptr, &runVerify},
        {QStringLiteral("backup restore"),
         QCoreApplication::translate("parcours-cli",
                                     "backup restore FILE   restore a backup (verified first, "
                                     "the current database kept aside)"),
         nullptr, &runRestore},
    };
}

} // namespace parcours
