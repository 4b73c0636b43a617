#include "DatabaseBackup.h"
#include "Database.h"
#include "DomainError.h"
#include "Migrations.h"
#include "QtStringMaker.h"
#include "StorageFixtures.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {

// Row count of every ordinary table, read through a bare read-only connection.
QMap<QString, int> tableCounts(const QString& path)
{
    QMap<QString, int> counts;
    const QString name = QStringLiteral("backup-test-counts");
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(raw.open());
        QSqlQuery tables(raw);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                           "LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        tables.finish();
        for (const auto& table : names) {
            QSqlQuery count(raw);
            REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
            REQUIRE(count.next());
            counts.insert(table, count.value(0).toInt());
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return counts;
}

QStringList relayNames(const QString& path)
{
    QStringList names;
    auto db = Database::open(path);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT name || '|' || managing_body FROM relays ORDER BY id")));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

TEST_CASE("A backup is a checked copy renamed into place with no temporary file left", "[storage][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base.sqlite"));
    const QString target = dir.filePath(QStringLiteral("copies/base-copie.sqlite"));
    {
        auto db = Database::open(path);
        db->inWriteTransaction([&] {
            for (int i = 0; i < 50; ++i)
                db->execute(QStringLiteral("INSERT INTO relays(name, managing_body) VALUES ('RPE n°%1', "
                                           "'Commune d''Étain')")
                                .arg(i));
        });
        DatabaseBackup::write(*db, target);
        CHECK(QDir(dir.filePath(QStringLiteral("copies"))).entryList(QDir::Files) ==
              QStringList{QStringLiteral("base-copie.sqlite")});
        CHECK(DatabaseBackup::verify(target) == QStringLiteral("ok"));

        // A later change, then a second backup over the first: replaced whole.
        db->execute(QStringLiteral("DELETE FROM relays WHERE id > 40"));
        DatabaseBackup::write(*db, target);
        CHECK(QDir(dir.filePath(QStringLiteral("copies"))).entryList(QDir::Files).size() == 1);

        // Not in the middle of a transaction: the copy would miss its changes.
        CHECK_THROWS_AS(db->inWriteTransaction([&] { DatabaseBackup::write(*db, target); }), StorageError);
    }
    const QStringList original = relayNames(path);
    REQUIRE(original.size() == 40);
    CHECK(original.front() == QStringLiteral("RPE n°0|Commune d'Étain"));
    CHECK(relayNames(target) == original);
}

TEST_CASE("A backup that cannot be written leaves nothing behind", "[storage][backup]")
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("base.sqlite")));
    // The target's folder is a file: the folder cannot be created.
    QFile blocker(dir.filePath(QStringLiteral("bloque")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CHECK_THROWS_AS(DatabaseBackup::write(*db, dir.filePath(QStringLiteral("bloque/copie.sqlite"))),
                    StorageError);
    QStringList files = QDir(dir.path()).entryList(QDir::Files);
    files.removeAll(QStringLiteral("base.sqlite"));
    files.removeAll(QStringLiteral("base.sqlite-wal"));
    files.removeAll(QStringLiteral("base.sqlite-shm"));
    CHECK(files == QStringList{QStringLiteral("bloque")});
}

TEST_CASE("Backup names carry the UTC time and the reason", "[storage][backup]")
{
    const QDateTime utc(QDate(2026, 11, 28), QTime(18, 0, 5), Qt::UTC);
    const QString name = DatabaseBackup::fileName(QStringLiteral("/x/parcours.sqlite"), utc,
                                                  QStringLiteral("quotidienne"), false);
    CHECK(name == QStringLiteral("parcours_2026-11-28_18-00-05Z_quotidienne.sqlite"));
    QString reason;
    CHECK(DatabaseBackup::timeOfName(name, &reason) == utc);
    CHECK(reason == QStringLiteral("quotidienne"));
    const QString encrypted =
        DatabaseBackup::fileName(QStringLiteral("/x/parcours.sqlite"), utc, QStringLiteral("manuelle"), true);
    CHECK(encrypted == QStringLiteral("parcours_2026-11-28_18-00-05Z_manuelle.sqlite.chiffre"));
    CHECK(DatabaseBackup::timeOfName(encrypted) == utc);
    CHECK_FALSE(DatabaseBackup::timeOfName(QStringLiteral("parcours.sqlite")).isValid());
    CHECK(DatabaseBackup::folderFor(QStringLiteral("/data/rpe/parcours.sqlite")) ==
          QStringLiteral("/data/rpe/sauvegardes/parcours"));
    CHECK(DatabaseBackup::folderFor(QStringLiteral("/data/rpe/parcours.sqlite"),
                                    QStringLiteral("/mnt/usb")) == QStringLiteral("/mnt/usb/parcours"));
}

TEST_CASE("Migrating a schema-v5 file first makes a backup of the old schema with every row",
          "[storage][backup][migration]")
{
    QTemporaryDir dir;
    const QString path = copyOfSchemaV5(dir, QStringLiteral("ancienne.sqlite"));
    REQUIRE_FALSE(path.isEmpty());
    const QMap<QString, int> before = tableCounts(path);
    REQUIRE(before.value(QStringLiteral("schema_migrations")) == 5);
    REQUIRE(before.value(QStringLiteral("childminders")) > 0);

    {
        auto db = Database::open(path);
        CHECK(db->schemaVersion() == latestSchemaVersion());
    }
    const QDir folder(DatabaseBackup::folderFor(path));
    const QStringList backups = folder.entryList(QDir::Files);
    REQUIRE(backups.size() == 1);
    QString reason;
    CHECK(DatabaseBackup::timeOfName(backups.front(), &reason).isValid());
    CHECK(reason == QStringLiteral("avant-migration-v5"));
    const QString backup = folder.filePath(backups.front());
    CHECK(DatabaseBackup::verify(backup) == QStringLiteral("ok"));
    // The backup is the old schema, row for row.
    CHECK(tableCounts(backup) == before);

    // No row lost by the migration; opening again migrates nothing and backs up nothing.
    const QMap<QString, int> after = tableCounts(path);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (it.key() != QLatin1String("schema_migrations"))
            CHECK(after.value(it.key()) == it.value());
    CHECK(after.value(QStringLiteral("schema_migrations")) == latestSchemaVersion());
    {
        auto db = Database::open(path);
    }
    CHECK(folder.entryList(QDir::Files).size() == 1);
}

TEST_CASE("A new database is created without a pre-migration backup", "[storage][backup][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("neuve.sqlite"));
    {
        auto db = Database::open(path);
    }
    CHECK_FALSE(QDir(DatabaseBackup::folderFor(path)).exists());
}
