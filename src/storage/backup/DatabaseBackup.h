#pragma once

#include <QDateTime>
#include <QString>

namespace parcours {

class Database;

// Copies of a database file that are either whole and checked or absent
// (issue 5): VACUUM INTO a temporary name in the target folder, PRAGMA
// integrity_check on the copy opened read-only, then an atomic rename. A
// crash or a full disk leaves at worst a temporary file, never a half backup
// under a backup's name.
class DatabaseBackup
{
  public:
    // Writes a consistent snapshot of `database` to `targetPath` (replacing an
    // existing file atomically). Throws StorageError (French) on failure,
    // leaving no temporary file behind. Not inside a write transaction.
    static void write(Database& database, const QString& targetPath);

    // "ok" when `path` is an SQLite file whose integrity_check passes; otherwise
    // the French reason. Opens the file read-only.
    static QString verify(const QString& path);

    // Renames `from` over `to` in one step (rename(2)): `to` is either the old
    // file or the new one, never a mix. Throws StorageError on failure.
    static void replaceAtomically(const QString& from, const QString& to);
    // Flushes a file's bytes to the disk before it is renamed into place.
    static bool syncFile(const QString& path);

    // Where backups of `databasePath` go: <root>/<database name>/, the root
    // being rootOverride() when a front end set it, else
    // <database folder>/sauvegardes (for the default database:
    // <AppDataLocation>/sauvegardes/parcours/).
    static QString folderFor(const QString& databasePath, const QString& root = {});
    static QString defaultRoot(const QString& databasePath);
    // The backup folder the user chose (front ends set it at start from their
    // settings) so that pre-migration backups land with the others.
    static void setRootOverride(const QString& root);
    static QString rootOverride();

    // "parcours_2026-11-28_18-00-00Z_quotidienne.sqlite": the UTC time in the
    // name sorts and rotates without reading the files. `reason` is a short
    // ASCII word; `encrypted` adds ".chiffre".
    static QString fileName(const QString& databasePath, const QDateTime& utc, const QString& reason,
                            bool encrypted);
    // The UTC time and reason back from such a name; an invalid time when the
    // name is not one of ours.
    static QDateTime timeOfName(const QString& fileName, QString* reason = nullptr);

    // Copies the database to its backup folder before migrating it from
    // `fromVersion` (called by migrateToLatest on an existing file). Returns
    // the backup's path. Throws StorageError: no migration without a backup.
    static QString beforeMigration(Database& database, int fromVersion);
};

} // namespace parcours
