#include "DatabaseBackup.h"

#include "Database.h"
#include "DatabaseFileCheck.h"
#include "DomainError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace parcours {

namespace {

QString g_rootOverride;
QMutex g_rootMutex;

const QString kEncryptedSuffix = QStringLiteral(".chiffre");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString quoteSql(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

void DatabaseBackup::write(Database& database, const QString& targetPath)
{
    if (database.inTransaction())
        throw StorageError(QCoreApplication::translate(
            "DatabaseBackup", "A backup cannot be made in the middle of a change. Try again in a moment."));
    const QFileInfo target(targetPath);
    if (!QDir().mkpath(target.absolutePath()))
        throw StorageError(QCoreApplication::translate("DatabaseBackup",
                                                       "Cannot create the backup folder %1. Choose another "
                                                       "folder in the backup settings.")
                               .arg(native(target.absolutePath())));
    // Same folder as the target, so the final rename never crosses file systems.
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".tmp-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(12);
    try {
        database.execute(QStringLiteral("VACUUM INTO ") + quoteSql(temporary));
        const QString check = verify(temporary);
        if (check != QLatin1String("ok"))
            throw StorageError(
                QCoreApplication::translate("DatabaseBackup",
                                            "The backup copy failed its integrity check (%1): it was "
                                            "not kept. Check the disk, then try again.")
                    .arg(check));
        if (!syncFile(temporary))
            throw StorageError(QCoreApplication::translate(
                                   "DatabaseBackup", "Cannot write the backup %1 to the disk. Check the "
                                                     "free space.")
                                   .arg(native(targetPath)));
        replaceAtomically(temporary, target.absoluteFilePath());
    } catch (...) {
        QFile::remove(temporary);
        throw;
    }
}

QString DatabaseBackup::verify(const QString& path)
{
    if (!QFileInfo::exists(path))
        return QCoreApplication::translate("DatabaseBackup", "the file %1 does not exist").arg(native(path));
    QString message;
    // Header checks first: quick_check on a text file says nothing useful.
    if (const auto kind = DatabaseFileCheck::problem(path, &message);
        kind && *kind != DatabaseFileProblem::NetworkFilesystem)
        return message;
    const QString check = DatabaseFileCheck::integrityCheck(path, false);
    if (check == QLatin1String("ok"))
        return check;
    return DatabaseFileCheck::message(DatabaseFileProblem::Corrupt, path, check);
}

bool DatabaseBackup::syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

void DatabaseBackup::replaceAtomically(const QString& from, const QString& to)
{
    bool ok = false;
#ifdef Q_OS_UNIX
    ok = std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    // QFile::rename refuses to overwrite: fall back to remove + rename.
    ok = QFile::rename(from, to) || (QFile::remove(to) && QFile::rename(from, to));
#endif
    if (!ok)
        throw StorageError(QCoreApplication::translate("DatabaseBackup",
                                                       "Cannot put %1 in place of %2. Check the folder's "
                                                       "permissions and the free space.")
                               .arg(native(from), native(to)));
}

void DatabaseBackup::setRootOverride(const QString& root)
{
    QMutexLocker lock(&g_rootMutex);
    g_rootOverride = root;
}

QString DatabaseBackup::rootOverride()
{
    QMutexLocker lock(&g_rootMutex);
    return g_rootOverride;
}

QString DatabaseBackup::defaultRoot(const QString& databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("sauvegardes"));
}

QString DatabaseBackup::folderFor(const QString& databasePath, const QString& root)
{
    QString base = root;
    if (base.isEmpty())
        base = rootOverride();
    if (base.isEmpty())
        base = defaultRoot(databasePath);
    return QDir(base).filePath(QFileInfo(databasePath).completeBaseName());
}

QString DatabaseBackup::fileName(const QString& databasePath, const QDateTime& utc, const QString& reason,
                                 bool encrypted)
{
    return QStringLiteral("%1_%2Z_%3.sqlite%4")
        .arg(QFileInfo(databasePath).completeBaseName(),
             utc.toUTC().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss")), reason,
             encrypted ? kEncryptedSuffix : QString());
}

QDateTime DatabaseBackup::timeOfName(const QString& fileName, QString* reason)
{
    static const QRegularExpression pattern(
        QStringLiteral("_(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})Z_([a-z0-9-]+)\\.sqlite(\\.chiffre)?$"));
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    time.setTimeSpec(Qt::UTC);
    if (reason)
        *reason = match.captured(2);
    return time;
}

QString DatabaseBackup::beforeMigration(Database& database, int fromVersion)
{
    const QString folder = folderFor(database.path());
    const QString reason = QStringLiteral("avant-migration-v%1").arg(fromVersion);
    const QString target =
        QDir(folder).filePath(fileName(database.path(), QDateTime::currentDateTimeUtc(), reason, false));
    try {
        write(database, target);
    } catch (const StorageError& e) {
        throw StorageError(QCoreApplication::translate(
                               "DatabaseBackup", "The database was not updated to the new version because "
                                                 "the backup made beforehand failed: %1")
                               .arg(e.message()));
    }
    return target;
}

} // namespace parcours
