#include "BackupUi.h"

#include "AppContext.h"
#include "BackupService.h"
#include "BackupSettings.h"
#include "Clock.h"
#include "DatabaseFileError.h"
#include "Logging.h"
#include "MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>

namespace parcours {

namespace {

QString g_passphrase;

// Backs up with the settings of this workstation; shows what went wrong.
void runBackup(QWidget* parent, AppContext& context, bool onExit)
{
    // A shared server is backed up on the server (pg_dump), by whoever runs it.
    if (!context.session().signedIn || context.databasePath() == QLatin1String(":memory:") ||
        context.isServer())
        return;
    const BackupSettings settings = BackupSettings::load();
    if (!settings.daily)
        return;
    QString passphrase = BackupUi::sessionPassphrase();
    if (settings.encrypt && passphrase.isEmpty()) {
        passphrase = BackupUi::askPassphrase(
            parent, BackupUi::tr("Backups are encrypted: give the passphrase for the automatic backup."));
        if (passphrase.isEmpty())
            return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        BackupService service(context, settings, passphrase);
        if (onExit)
            service.backupOnExit();
        else
            service.backupIfDue();
        QApplication::restoreOverrideCursor();
    } catch (const DomainError& e) {
        QApplication::restoreOverrideCursor();
        logError(QStringLiteral("automatic backup failed"));
        MessageBox::warning(parent, BackupUi::tr("The automatic backup failed"),
                            e.message() + QStringLiteral("\n\n") +
                                BackupUi::tr("Your data is still in the database. Check the backup folder in "
                                             "Tools > Backups."));
    }
}

} // namespace

QString BackupUi::sessionPassphrase()
{
    return g_passphrase;
}

void BackupUi::setSessionPassphrase(const QString& passphrase)
{
    g_passphrase = passphrase;
}

QString BackupUi::askPassphrase(QWidget* parent, const QString& why)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, tr("Backup passphrase"), why, QLineEdit::Password, {}, &ok);
    if (!ok || text.isEmpty())
        return {};
    g_passphrase = text;
    return text;
}

void BackupUi::backupIfDue(QWidget* parent, AppContext& context)
{
    runBackup(parent, context, false);
}

void BackupUi::backupOnExit(QWidget* parent, AppContext& context)
{
    runBackup(parent, context, true);
}

QString BackupUi::offerRestore(QWidget* parent, const DatabaseFileError& error, const QString& databasePath,
                               const Clock& clock)
{
    if (!error.backupMayHelp())
        return {};
    // The newest backup that passes its check; an encrypted one cannot be
    // checked before its passphrase is given, so it is offered as it is.
    const BackupSettings settings = BackupSettings::load();
    std::optional<BackupInfo> candidate;
    for (const BackupInfo& b : BackupService::listFolder(BackupService::folderFor(databasePath, settings))) {
        if (b.encrypted || BackupService::verifyFile(b.path, {}) == QLatin1String("ok")) {
            candidate = b;
            break;
        }
    }
    if (!candidate)
        return {};
    const QDateTime local = candidate->time.toLocalTime();
    const QLocale locale;
    const auto answer = MessageBox::ask(
        parent, QMessageBox::Critical, tr("The database cannot be opened"),
        error.message() + QStringLiteral("\n\n") +
            tr("Restore the backup of %1 at %2?")
                .arg(locale.toString(local.date(), QStringLiteral("dd/MM/yyyy")),
                     locale.toString(local.time(), QStringLiteral("HH:mm"))),
        MessageBox::Yes | MessageBox::No, MessageBox::Yes,
        tr("The backup is restored as a new file beside the damaged one, which stays as it is (a specialist "
           "may still recover something from it). Changes made after the backup are not in it."));
    if (answer != MessageBox::Yes)
        return {};
    QString passphrase;
    if (candidate->encrypted) {
        passphrase = sessionPassphrase();
        if (passphrase.isEmpty())
            passphrase = askPassphrase(parent, tr("This backup is encrypted: give its passphrase."));
        if (passphrase.isEmpty())
            return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const QString restored =
            BackupService::restoreAsCopy(candidate->path, databasePath, passphrase, clock.now().toUTC());
        QApplication::restoreOverrideCursor();
        MessageBox::information(
            parent, tr("Backup restored"),
            tr("The backup was restored as %1, which is now open. The damaged file %2 was "
               "left as it is.")
                .arg(QDir::toNativeSeparators(restored), QDir::toNativeSeparators(databasePath)));
        return restored;
    } catch (const DomainError& e) {
        QApplication::restoreOverrideCursor();
        MessageBox::critical(parent, tr("The backup cannot be restored"), e.message());
        return {};
    }
}

} // namespace parcours
