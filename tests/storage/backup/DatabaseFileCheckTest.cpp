#include "DatabaseFileCheck.h"
#include "Database.h"
#include "QtStringMaker.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A real database with enough rows to span many pages, closed (checkpointed).
QByteArray realDatabaseBytes(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("source.sqlite"));
    {
        auto db = Database::open(path);
        db->inWriteTransaction([&] {
            for (int i = 0; i < 600; ++i)
                db->execute(QStringLiteral("INSERT INTO relays(name, managing_body) VALUES ('RPE %1', '%2')")
                                .arg(i)
                                .arg(QString(200, QLatin1Char('x'))));
        });
    }
    return readAll(path);
}

struct Refusal
{
    bool thrown = false;
    DatabaseFileProblem kind = DatabaseFileProblem::Unreadable;
    QString message;
};

Refusal tryOpen(const QString& path)
{
    Refusal r;
    try {
        Database::open(path);
    } catch (const DatabaseFileError& e) {
        r.thrown = true;
        r.kind = e.kind();
        r.message = e.message();
    }
    return r;
}

// Opens `bytes` written as `name` with a -wal file beside it, and checks the
// refusal, then that neither file changed (bytes and modification time).
void expectRefused(const QByteArray& bytes, const QString& name, DatabaseFileProblem kind,
                   const QString& word)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const QString wal = path + QStringLiteral("-wal");
    writeAll(path, bytes);
    writeAll(wal, QByteArray("leftover write-ahead log"));
    const QDateTime old = QDateTime::currentDateTime().addSecs(-3600);
    for (const QString& p : {path, wal}) {
        QFile f(p);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(old, QFileDevice::FileModificationTime));
    }
    const QDateTime mtime = QFileInfo(path).lastModified();

    const Refusal r = tryOpen(path);
    REQUIRE(r.thrown);
    CHECK(int(r.kind) == int(kind));
    CHECK(r.message.contains(word));
    CHECK(r.message.contains(path));
    CHECK(readAll(path) == bytes);
    CHECK(QFileInfo(path).lastModified() == mtime);
    REQUIRE(QFile::exists(wal));
    CHECK(readAll(wal) == QByteArray("leftover write-ahead log"));
    CHECK(QFileInfo(wal).lastModified() == mtime);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("An empty file is refused as empty and left untouched", "[storage][backup]")
{
    expectRefused(QByteArray(), QStringLiteral("vide.sqlite"), DatabaseFileProblem::Empty,
                  QStringLiteral("empty"));
}

TEST_CASE("Half of a real database is refused as truncated and left untouched", "[storage][backup]")
{
    QTemporaryDir source;
    const QByteArray whole = realDatabaseBytes(source);
    REQUIRE(whole.size() > 40 * 4096);
    expectRefused(whole.left(whole.size() / 2), QStringLiteral("moitie.sqlite"),
                  DatabaseFileProblem::Truncated, QStringLiteral("truncated"));
}

TEST_CASE("Random bytes are refused as not a database and left untouched", "[storage][backup]")
{
    QRandomGenerator random(20261128);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    for (auto& b : bytes)
        b = char(random.bounded(256));
    expectRefused(bytes, QStringLiteral("hasard.sqlite"), DatabaseFileProblem::NotDatabase,
                  QStringLiteral("not an SQLite file"));
}

TEST_CASE("A text file renamed .db is refused as not a database and left untouched", "[storage][backup]")
{
    expectRefused(QByteArray("Nom;Prénom\nDUPONT;Hélène\n").repeated(100), QStringLiteral("liste.db"),
                  DatabaseFileProblem::NotDatabase, QStringLiteral("not an SQLite file"));
}

TEST_CASE("A database with damaged pages is refused as corrupt and left untouched", "[storage][backup]")
{
    QTemporaryDir source;
    QByteArray bytes = realDatabaseBytes(source);
    // Scribble over pages 3 to 12 (b-tree pages of the schema and the relays),
    // keeping the header and the file size.
    for (int i = 2 * 4096; i < 12 * 4096; ++i)
        bytes[i] = char((i * 7) & 0xff);
    expectRefused(bytes, QStringLiteral("abimee.sqlite"), DatabaseFileProblem::Corrupt,
                  QStringLiteral("damaged"));
}

TEST_CASE("A missing file is a new database and a healthy one opens", "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("neuve.sqlite"));
    CHECK(DatabaseFileCheck::require(path) == DatabaseFileCheck::State::Missing);
    CHECK_FALSE(QFile::exists(path)); // the check itself creates nothing
    {
        auto db = Database::open(path);
    }
    CHECK(DatabaseFileCheck::require(path) == DatabaseFileCheck::State::Usable);
    CHECK(DatabaseFileCheck::integrityCheck(path, false) == QStringLiteral("ok"));
}

TEST_CASE("Network file systems are recognised by their statfs type or mount type", "[storage][backup]")
{
    CHECK(DatabaseFileCheck::networkFilesystemName(0x6969, {}) == QStringLiteral("NFS"));
    CHECK(DatabaseFileCheck::networkFilesystemName(0x517B, {}) == QStringLiteral("SMB/CIFS"));
    CHECK(DatabaseFileCheck::networkFilesystemName(0xFF534D42, {}) == QStringLiteral("SMB/CIFS"));
    CHECK(DatabaseFileCheck::networkFilesystemName(0xFE534D42, {}) == QStringLiteral("SMB/CIFS"));
    CHECK(DatabaseFileCheck::networkFilesystemName(0x65735546, QStringLiteral("fuse.sshfs")) ==
          QStringLiteral("SSHFS"));
    CHECK(DatabaseFileCheck::networkFilesystemName(0xEF53, QStringLiteral("ext4")).isEmpty());
    CHECK(DatabaseFileCheck::networkFilesystemName(0x01021994, QStringLiteral("tmpfs")).isEmpty());
    QTemporaryDir dir;
    CHECK(DatabaseFileCheck::networkFilesystem(dir.path()).isEmpty()); // the build machine's /tmp
    const QString message =
        DatabaseFileCheck::message(DatabaseFileProblem::NetworkFilesystem,
                                   QStringLiteral("/mnt/partage/base.sqlite"), QStringLiteral("NFS"));
    CHECK(message.contains(QStringLiteral("PostgreSQL")));
    CHECK(message.contains(QStringLiteral("NFS")));
}

TEST_CASE("Above the full-check size the open checks the start-up tables, the backup every page",
          "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("national.sqlite"));
    {
        auto db = Database::open(path);
        db->inWriteTransaction([&] {
            db->execute(QStringLiteral("INSERT INTO relays(name, managing_body) VALUES ('RPE 1', 'CC')"));
            for (int i = 0; i < 3000; ++i)
                db->execute(
                    QStringLiteral("INSERT INTO childminders(usage_name, first_name, sort_name, status, "
                                   "created_at, updated_at) VALUES ('%1', 'Anne', '%1', 'active', '', '')")
                        .arg(QString(120, QLatin1Char('a' + i % 26))));
        });
    }
    const QByteArray healthy = readAll(path);
    const qint64 everyFileIsLarge = 0;
    CHECK_FALSE(DatabaseFileCheck::problem(path, nullptr, everyFileIsLarge));

    // Damage the last pages (the childminder rows written last), keeping the size.
    QByteArray bytes = healthy;
    for (int i = int(bytes.size()) - 8 * 4096; i < bytes.size(); ++i)
        bytes[i] = char((i * 13) & 0xff);
    writeAll(path, bytes);
    // A large file opens: its start-up tables are sound...
    CHECK_FALSE(DatabaseFileCheck::problem(path, nullptr, everyFileIsLarge));
    CHECK(DatabaseFileCheck::boundedCheck(path) == QStringLiteral("ok"));
    // ...and the whole-file check of the backup finds the damage.
    CHECK(DatabaseFileCheck::integrityCheck(path, false) != QStringLiteral("ok"));
    // A small one is checked page by page at open.
    CHECK(DatabaseFileCheck::problem(path) == DatabaseFileProblem::Corrupt);
    // require() honours the same limit.
    CHECK(DatabaseFileCheck::require(path, everyFileIsLarge) == DatabaseFileCheck::State::Usable);
    CHECK_THROWS_AS(DatabaseFileCheck::require(path), DatabaseFileError);

    // Damage in the schema is found either way.
    bytes = healthy;
    for (int i = 100; i < 4096; ++i)
        bytes[i] = char((i * 7) & 0xff);
    writeAll(path, bytes);
    CHECK(DatabaseFileCheck::problem(path, nullptr, everyFileIsLarge).has_value());
}
