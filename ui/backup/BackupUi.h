#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace parcours {

class AppContext;
class Clock;
class DatabaseFileError;

// The backup steps the main window and the opener take (issue 5): daily and
// on-exit backups, and the latest good backup offered when a file is refused
// at open. Errors are shown, never thrown: a failed backup must not stop the
// application from starting or quitting.
class BackupUi
{
    Q_DECLARE_TR_FUNCTIONS(BackupUi)

  public:
    // The passphrase of encrypted backups, kept in memory for this session
    // only (never written anywhere).
    static QString sessionPassphrase();
    static void setSessionPassphrase(const QString& passphrase);
    // Asks for it when encryption is on and none is known yet; empty when cancelled.
    static QString askPassphrase(QWidget* parent, const QString& why);

    static void backupIfDue(QWidget* parent, AppContext& context);
    static void backupOnExit(QWidget* parent, AppContext& context);

    // After `error` refused the file at `databasePath`: finds the latest good
    // backup and offers to restore it as a new file beside the refused one
    // (which stays untouched). Returns the restored file's path, or empty.
    static QString offerRestore(QWidget* parent, const DatabaseFileError& error, const QString& databasePath,
                                const Clock& clock);
};

} // namespace parcours
