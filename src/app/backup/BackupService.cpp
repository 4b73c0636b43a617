#include "BackupService.h"

#include "AppContext.h"
#include "AuditService.h"
#include "BackupCrypto.h"
#include "BackupRotation.h"
#include "Clock.h"
#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseFileCheck.h"
#include "DomainError.h"
#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace parcours {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
}

// "<folder>/<base><middle>.<suffix>": the kept and restored copies sit beside
// the database with the same extension, so the file dialogs show them.
QString besideDatabase(const QString& databasePath, const QString& middle)
{
    const QFileInfo info(databasePath);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix();
    return info.dir().filePath(info.completeBaseName() + middle + QLatin1Char('.') + suffix);
}

// Copies (or decrypts) a backup to `staged`, then checks it is a sound
// Parcours Pro database. Throws DomainError, leaving no staged file.
void stage(const QString& backupPath, const QString& staged, const QString& passphrase)
{
    if (!QFileInfo::exists(backupPath))
        throw DomainError(BackupService::tr("The backup %1 does not exist.").arg(native(backupPath)));
    QFile::remove(staged);
    try {
        if (BackupCrypto::isEncrypted(backupPath)) {
            BackupCrypto::decryptFile(backupPath, staged, passphrase);
        } else if (!QFile::copy(backupPath, staged)) {
            throw DomainError(
                BackupService::tr("Cannot copy the backup %1 beside the database. Check the free "
                                  "space and the folder's permissions.")
                    .arg(native(backupPath)));
        }
        const QString check = DatabaseBackup::verify(staged);
        if (check != QLatin1String("ok"))
            throw DomainError(BackupService::tr("The backup %1 is not sound: %2 Nothing was restored. Use "
                                                "another backup.")
                                  .arg(native(backupPath), check));
        if (DatabaseFileCheck::schemaVersionOf(staged) <= 0)
            throw DomainError(BackupService::tr("The file %1 is not a Parcours Pro backup. Nothing was "
                                                "restored.")
                                  .arg(native(backupPath)));
        QFile::setPermissions(staged, QFile::ReadOwner | QFile::WriteOwner);
    } catch (...) {
        QFile::remove(staged);
        throw;
    }
}

} // namespace

BackupService::BackupService(AppContext& context, BackupSettings settings, QString passphrase)
    : m_context(context), m_settings(std::move(settings)), m_passphrase(std::move(passphrase))
{
}

QString BackupService::folderFor(const QString& databasePath, const BackupSettings& settings)
{
    return DatabaseBackup::folderFor(databasePath, settings.root);
}

QString BackupService::folder() const
{
    return folderFor(m_context.databasePath(), m_settings);
}

QString BackupService::backupNow(const QString& reason)
{
    const QString target = QDir(folder()).filePath(DatabaseBackup::fileName(
        m_context.databasePath(), m_context.clock().now().toUTC(), reason, m_settings.encrypt));
    backupTo(target, m_settings.encrypt);
    if (BackupRotation::isRotated(reason))
        rotate();
    return target;
}

QString BackupService::backupTo(const QString& target, bool encrypt)
{
    m_context.require(Permission::ReadRecords);
    // The Database behind the context: the app layer links storage privately.
    auto* database = dynamic_cast<Database*>(&m_context.transactions());
    if (!database || m_context.databasePath() == QLatin1String(":memory:"))
        throw DomainError(tr("An in-memory database cannot be backed up."));
    if (m_context.isServer())
        throw DomainError(tr("A shared server database is backed up on the server itself (for example "
                             "with pg_dump), by the person who runs it: ask your IT department."));
    if (encrypt && m_passphrase.isEmpty())
        throw DomainError(tr("Encrypted backups are on but no passphrase was given. Give the passphrase, or "
                             "turn encryption off in the backup settings."));
    if (!encrypt) {
        DatabaseBackup::write(*database, target);
    } else {
        // The plain copy lives only while it is encrypted, in the same folder.
        const QString plain = target + QStringLiteral(".en-cours");
        try {
            DatabaseBackup::write(*database, plain);
            BackupCrypto::encryptFile(plain, target, m_passphrase);
        } catch (...) {
            QFile::remove(plain);
            throw;
        }
        QFile::remove(plain);
    }
    logInfo(QStringLiteral("backup written: %1").arg(target));
    return target;
}

std::optional<QString> BackupService::backupIfDue()
{
    if (!m_settings.daily)
        return std::nullopt;
    const QDate today = m_context.clock().now().toUTC().date();
    for (const BackupInfo& b : list())
        if (b.time.date() == today)
            return std::nullopt;
    return backupNow(QStringLiteral("quotidienne"));
}

std::optional<QString> BackupService::backupOnExit()
{
    if (!m_settings.daily)
        return std::nullopt;
    return backupNow(QStringLiteral("fermeture"));
}

void BackupService::rotate()
{
    const QDir dir(folder());
    for (const QString& name : BackupRotation::toDelete(dir.entryList(QDir::Files))) {
        QFile::remove(dir.filePath(name));
        logInfo(QStringLiteral("old backup removed by rotation: %1").arg(name));
    }
}

QList<BackupInfo> BackupService::listFolder(const QString& folder)
{
    QList<BackupInfo> backups;
    const QDir dir(folder);
    for (const QFileInfo& file : dir.entryInfoList(QDir::Files)) {
        BackupInfo info;
        info.time = DatabaseBackup::timeOfName(file.fileName(), &info.reason);
        if (!info.time.isValid())
            continue;
        info.path = file.absoluteFilePath();
        info.fileName = file.fileName();
        info.size = file.size();
        info.encrypted = BackupCrypto::isEncrypted(info.path);
        backups << info;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.time != b.time ? a.time > b.time : a.fileName > b.fileName;
    });
    return backups;
}

QList<BackupInfo> BackupService::list() const
{
    return listFolder(folder());
}

QString BackupService::verifyFile(const QString& backupPath, const QString& passphrase)
{
    const QString staged = backupPath + QStringLiteral(".verification");
    try {
        stage(backupPath, staged, passphrase);
    } catch (const DomainError& e) {
        return e.message();
    }
    QFile::remove(staged);
    return QStringLiteral("ok");
}

QString BackupService::verify(const QString& backupPath) const
{
    return verifyFile(backupPath, m_passphrase);
}

PreparedRestore BackupService::prepareRestore(const QString& backupPath)
{
    PreparedRestore prepared;
    try {
        m_context.require(Permission::RestoreBackup);
        prepared.databasePath = m_context.databasePath();
        prepared.stagedPath = prepared.databasePath + QStringLiteral(".restauration");
        prepared.backupPath = backupPath;
        stage(backupPath, prepared.stagedPath, m_passphrase);
    } catch (const DomainError& error) {
        recordFailedRestore(m_context, backupPath, error.message());
        throw;
    }
    logInfo(QStringLiteral("restore prepared from %1").arg(backupPath));
    return prepared;
}

void BackupService::recordFailedRestore(AppContext& context, const QString& backupPath, const QString& reason)
{
    try {
        AuditService(context).logEvent(
            QStringLiteral("restore_failed"), QStringLiteral("database"), 0,
            QStringLiteral("%1 : %2").arg(QFileInfo(backupPath).fileName(), reason));
    } catch (const DomainError&) {
        logError(QStringLiteral("a failed restore could not be recorded in the audit trail"));
    }
}

void BackupService::cancelRestore(const PreparedRestore& prepared)
{
    QFile::remove(prepared.stagedPath);
}

QString BackupService::completeRestore(const PreparedRestore& prepared, const QDateTime& utcNow)
{
    const QString db = prepared.databasePath;
    if (!QFileInfo::exists(prepared.stagedPath))
        throw DomainError(tr("The backup to restore is no longer there. Start the restore again."));
    // The last connection to close removes the -wal; one still there means
    // another program or window has the database open: replacing the file
    // under it would mix two databases.
    if (QFileInfo::exists(db + QStringLiteral("-wal"))) {
        cancelRestore(prepared);
        throw DomainError(tr("The database %1 is still open (in another window, program or workstation). "
                             "Close it everywhere, then restore again. Nothing was changed.")
                              .arg(native(db)));
    }
    QString kept;
    if (QFileInfo::exists(db)) {
        kept = besideDatabase(db, QStringLiteral(".avant-restauration-") + stamp(utcNow));
        bool ok = false;
#ifdef Q_OS_UNIX
        // A hard link keeps the current file under its new name instantly,
        // and the rename below then swaps the name in one step.
        ok = ::link(QFile::encodeName(db).constData(), QFile::encodeName(kept).constData()) == 0;
#endif
        if (!ok && !QFile::copy(db, kept)) {
            cancelRestore(prepared);
            throw DomainError(
                tr("Cannot keep the current database aside as %1. Check the free space; nothing "
                   "was changed.")
                    .arg(native(kept)));
        }
    }
    DatabaseBackup::syncFile(prepared.stagedPath);
    try {
        DatabaseBackup::replaceAtomically(prepared.stagedPath, db);
    } catch (const StorageError&) {
        cancelRestore(prepared);
        throw;
    }
    logInfo(QStringLiteral("backup restored over %1, previous file kept as %2").arg(db, kept));
    return kept;
}

QString BackupService::restoreAsCopy(const QString& backupPath, const QString& databasePath,
                                     const QString& passphrase, const QDateTime& utcNow)
{
    const QString target = besideDatabase(databasePath, QStringLiteral(".restauree-") + stamp(utcNow));
    if (QFileInfo::exists(target))
        throw DomainError(tr("The file %1 already exists. Wait a second and try again.").arg(native(target)));
    const QString staged = target + QStringLiteral(".en-cours");
    stage(backupPath, staged, passphrase);
    DatabaseBackup::syncFile(staged);
    if (!QFile::rename(staged, target)) {
        QFile::remove(staged);
        throw DomainError(tr("Cannot create %1. Check the folder's permissions.").arg(native(target)));
    }
    logInfo(QStringLiteral("backup %1 restored as a copy: %2").arg(backupPath, target));
    return target;
}

} // namespace parcours
