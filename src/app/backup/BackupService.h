#pragma once

#include "BackupSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

class AppContext;

// One backup file as the lists show it.
struct BackupInfo
{
    QString path;
    QString fileName;
    QDateTime time; // UTC, from the name
    QString reason; // quotidienne, fermeture, manuelle, avant-migration-v5...
    qint64 size = 0;
    bool encrypted = false;
};

// A verified backup staged beside the database, waiting for the caller to
// close the database before completeRestore() puts it in place.
struct PreparedRestore
{
    QString databasePath;
    QString stagedPath;
    QString backupPath; // the file chosen, for the audit trail
};

// Backups of the open database (issue 5): on demand, daily and on exit
// (rotated 7 daily / 4 weekly / 12 monthly), optionally encrypted; listing,
// verification and restore. Files are written by DatabaseBackup (checked copy,
// atomic rename) and, when encrypted, by BackupCrypto.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

  public:
    BackupService(AppContext& context, BackupSettings settings, QString passphrase = {});

    QString folder() const;
    // Writes a backup now; `reason` is a short ASCII word (manuelle,
    // quotidienne, fermeture). Returns its path. Rotates automatic backups.
    QString backupNow(const QString& reason);
    // Writes a backup to an explicit file (CLI --out), encrypted or not.
    QString backupTo(const QString& target, bool encrypt);
    // The daily backup, when the setting is on and none was made today (UTC).
    std::optional<QString> backupIfDue();
    // On exit, when the setting is on.
    std::optional<QString> backupOnExit();
    QList<BackupInfo> list() const; // newest first

    // "ok" or the French reason the backup cannot be restored.
    QString verify(const QString& backupPath) const;

    // Restore, step 1 (database open): needs Permission::RestoreBackup;
    // verifies the backup (decrypting it) into a staged file beside the
    // database. Throws DomainError / AccessDenied.
    PreparedRestore prepareRestore(const QString& backupPath);
    // Step 2, after the caller closed every connection to the database: keeps
    // the current file as "<name>.avant-restauration-<date>.sqlite" and puts the
    // staged copy in its place in one rename. Returns the path of the kept file.
    static QString completeRestore(const PreparedRestore& prepared, const QDateTime& utcNow);
    // Cancels step 1 (removes the staged file).
    static void cancelRestore(const PreparedRestore& prepared);
    // A refused or failed restore goes in the audit trail of the database
    // that stays in place (prepareRestore() records its own failures; the
    // front ends call this when completeRestore() fails). Never throws: a
    // trail that cannot be written must not hide why the restore failed.
    static void recordFailedRestore(AppContext& context, const QString& backupPath, const QString& reason);

    // For a database that cannot be opened (integrity at open): restores
    // `backupPath` as a new file beside `databasePath`, which stays untouched.
    // Returns the new file's path. No permission check: nothing is replaced,
    // and whoever opens the copy signs in against its own users.
    static QString restoreAsCopy(const QString& backupPath, const QString& databasePath,
                                 const QString& passphrase, const QDateTime& utcNow);

    // The backups of a database by its path (no open database needed),
    // newest first.
    static QList<BackupInfo> listFolder(const QString& folder);
    static QString folderFor(const QString& databasePath, const BackupSettings& settings);
    // Verifies any backup file, decrypting it with `passphrase` when encrypted.
    static QString verifyFile(const QString& backupPath, const QString& passphrase);

  private:
    void rotate();

    AppContext& m_context;
    BackupSettings m_settings;
    QString m_passphrase;
};

} // namespace parcours
