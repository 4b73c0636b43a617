#include "DatabaseFileCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace parcours {

namespace {

const QByteArray kMagic("SQLite format 3\0", 16);

quint32 bigEndian(const QByteArray& bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

// The mount whose point is the longest prefix of `folder`, from /proc/self/mounts:
// the only way to tell sshfs from another FUSE file system.
QString mountTypeOf(const QString& folder)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    QString bestPoint;
    QString bestType;
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QStringList lines = QString::fromLocal8Bit(mounts.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() < 3)
            continue;
        QString point = fields.at(1);
        point.replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool inside = canonical == point || point == QLatin1String("/") ||
                            canonical.startsWith(point + QLatin1Char('/'));
        if (inside && point.size() >= bestPoint.size()) {
            bestPoint = point;
            bestType = fields.at(2);
        }
    }
    return bestType;
}

// A -wal file that starts with a WAL header (magic 0x377f0682 or 0x377f0683)
// and holds at least one frame.
bool hasLiveWal(const QString& path)
{
    QFile wal(path + QStringLiteral("-wal"));
    if (!wal.open(QIODevice::ReadOnly) || wal.size() <= 32)
        return false;
    const QByteArray head = wal.read(4);
    return head.size() == 4 && (bigEndian(head, 0, 4) & 0xFFFFFFFEu) == 0x377f0682u;
}

} // namespace

QString DatabaseFileCheck::message(DatabaseFileProblem kind, const QString& path, const QString& detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case DatabaseFileProblem::Empty:
        return QCoreApplication::translate(
                   "DatabaseFileCheck",
                   "The file %1 is empty (0 bytes): it holds no data, probably after an interrupted copy. "
                   "It was left as it is. Restore a backup or choose another file.")
            .arg(file);
    case DatabaseFileProblem::NotDatabase:
        return QCoreApplication::translate(
                   "DatabaseFileCheck",
                   "The file %1 is not a Parcours Pro database (it is not an SQLite file). It was left as "
                   "it is. Choose the right file or restore a backup.")
            .arg(file);
    case DatabaseFileProblem::Truncated:
        return QCoreApplication::translate(
                   "DatabaseFileCheck",
                   "The database %1 is truncated: the file is shorter than its header announces (%2). Part "
                   "of the data is missing, probably after an interrupted copy. It was left as it is. "
                   "Restore a backup.")
            .arg(file, detail);
    case DatabaseFileProblem::Corrupt:
        return QCoreApplication::translate(
                   "DatabaseFileCheck",
                   "The database %1 is damaged (SQLite check: %2). It was left as it is so that nothing "
                   "more is lost. Restore a backup, and keep the damaged file for a specialist.")
            .arg(file, detail);
    case DatabaseFileProblem::NetworkFilesystem:
        return QCoreApplication::translate(
                   "DatabaseFileCheck",
                   "The database %1 is on a network drive (%2). An SQLite database on a shared drive gets "
                   "damaged when several workstations write to it. Copy it to this computer's disk, or, to "
                   "work together, move it to a shared PostgreSQL server (parcours-cli migrate-to-server, "
                   "then File > Open a shared server).")
            .arg(file, detail);
    case DatabaseFileProblem::Unreadable:
        return QCoreApplication::translate("DatabaseFileCheck",
                                           "The file %1 cannot be read (%2). Check its permissions.")
            .arg(file, detail);
    }
    return {};
}

std::optional<DatabaseFileProblem> DatabaseFileCheck::problem(const QString& path, QString* message,
                                                              qint64 fullCheckUpTo)
{
    auto refuse = [&](DatabaseFileProblem kind, const QString& detail = {}) {
        if (message)
            *message = DatabaseFileCheck::message(kind, path, detail);
        return std::optional<DatabaseFileProblem>(kind);
    };
    const QFileInfo info(path);
    // The folder decides for a new file too: a new database on a share is as unsafe.
    const QString network =
        networkFilesystem(info.exists() ? info.absolutePath() : info.absoluteDir().path());
    if (!network.isEmpty())
        return refuse(DatabaseFileProblem::NetworkFilesystem, network);
    if (!info.exists())
        return std::nullopt;
    if (info.size() == 0)
        return refuse(DatabaseFileProblem::Empty);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(DatabaseFileProblem::Unreadable, file.errorString());
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(kMagic.left(qMin(header.size(), 16))) || header.size() < 16)
        return refuse(DatabaseFileProblem::NotDatabase);
    if (header.size() < 100)
        return refuse(DatabaseFileProblem::Truncated,
                      QCoreApplication::translate("DatabaseFileCheck", "incomplete header"));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return refuse(DatabaseFileProblem::NotDatabase);
    // The page count at offset 28 is valid only when the "version valid for"
    // number (92) equals the change counter (24); older writers left it stale.
    const quint32 pageCount = bigEndian(header, 28, 4);
    // With a live write-ahead log, the header may already count pages that a
    // checkpoint interrupted by a crash had not yet copied: SQLite redoes it
    // from the log, so only quick_check can judge.
    if (!hasLiveWal(path) && bigEndian(header, 92, 4) == bigEndian(header, 24, 4) && pageCount > 0) {
        const qint64 expected = qint64(pageSize) * pageCount;
        if (info.size() < expected)
            return refuse(DatabaseFileProblem::Truncated,
                          QCoreApplication::translate("DatabaseFileCheck", "%1 bytes of %2")
                              .arg(info.size())
                              .arg(expected));
    }
    const QString check = info.size() <= fullCheckUpTo ? integrityCheck(path, true) : boundedCheck(path);
    if (check != QLatin1String("ok"))
        return refuse(DatabaseFileProblem::Corrupt,
                      check.isEmpty() ? QCoreApplication::translate("DatabaseFileCheck", "unreadable")
                                      : check);
    return std::nullopt;
}

DatabaseFileCheck::State DatabaseFileCheck::require(const QString& path, qint64 fullCheckUpTo)
{
    QString text;
    if (const auto kind = problem(path, &text, fullCheckUpTo))
        throw DatabaseFileError(*kind, text);
    return QFileInfo::exists(path) ? State::Usable : State::Missing;
}

namespace {
// Runs `work` on a read-only connection of its own (no journal, no WAL
// checkpoint, no -wal removed on close); `fallback` when the file cannot be
// opened as a database.
template <typename T, typename Work> T withReadOnlyConnection(const QString& path, T fallback, Work work)
{
    const QString name = QStringLiteral("parcours-check-") + QUuid::createUuid().toString(QUuid::Id128);
    T result = fallback;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open()) {
            result = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The first lines of a check pragma's answer; empty when it could not run.
QString checkResult(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery q(db);
    QStringList lines;
    if (q.exec(pragma))
        while (q.next() && lines.size() < 3)
            lines << q.value(0).toString();
    return lines.join(QStringLiteral("; "));
}
} // namespace

QString DatabaseFileCheck::integrityCheck(const QString& path, bool quick)
{
    return withReadOnlyConnection(path, QString(), [quick](QSqlDatabase& db) {
        return checkResult(db, quick ? QStringLiteral("PRAGMA quick_check")
                                     : QStringLiteral("PRAGMA integrity_check"));
    });
}

QString DatabaseFileCheck::boundedCheck(const QString& path)
{
    return withReadOnlyConnection(path, QString(), [](QSqlDatabase& db) {
        // Reading the schema parses every schema page.
        QSqlQuery q(db);
        QStringList tables;
        if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                   "('schema_migrations', 'settings', 'users', 'relays')")))
            return QString();
        while (q.next())
            tables << q.value(0).toString();
        q.finish();
        for (const QString& table : tables) {
            const QString result = checkResult(db, QStringLiteral("PRAGMA quick_check(%1)").arg(table));
            if (result != QLatin1String("ok"))
                return result;
        }
        return QStringLiteral("ok");
    });
}

int DatabaseFileCheck::schemaVersionOf(const QString& path)
{
    return withReadOnlyConnection(path, -1, [](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) && q.next())
            return q.value(0).toInt();
        return -1;
    });
}

QString DatabaseFileCheck::networkFilesystemName(quint64 statfsType, const QString& mountType)
{
    switch (statfsType) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS");
    default:
        break;
    }
    const QString type = mountType.toLower();
    if (type == QLatin1String("fuse.sshfs") || type == QLatin1String("sshfs"))
        return QStringLiteral("SSHFS");
    if (type.startsWith(QLatin1String("nfs")))
        return QStringLiteral("NFS");
    if (type == QLatin1String("cifs") || type.startsWith(QLatin1String("smb")))
        return QStringLiteral("SMB/CIFS");
    return {};
}

QString DatabaseFileCheck::networkFilesystem(const QString& folder)
{
#ifdef Q_OS_LINUX
    // The nearest existing ancestor: a new database's folder may not exist yet.
    QDir dir(folder);
    while (!dir.exists() && !dir.isRoot())
        if (!dir.cdUp())
            break;
    struct statfs fs
    {
    };
    if (::statfs(QFile::encodeName(dir.absolutePath()).constData(), &fs) != 0)
        return {};
    const quint64 type = quint64(quint32(fs.f_type));
    constexpr quint64 kFuse = 0x65735546;
    return networkFilesystemName(type, type == kFuse ? mountTypeOf(dir.absolutePath()) : QString());
#else
    Q_UNUSED(folder);
    return {};
#endif
}

} // namespace parcours
