#pragma once

#include "DatabaseFileError.h"

#include <QString>
#include <optional>

namespace parcours {

// Looks at a database file before Qt or SQLite opens it for writing, so that
// a damaged file is refused as it is instead of being "repaired" (a 0-byte
// file silently becomes a new empty database, a WAL is replayed, a migration
// writes into a corrupt page). Reads only: never creates, truncates or
// deletes anything, -wal and -journal files included.
class DatabaseFileCheck
{
  public:
    enum class State { Missing, Usable };

    // A file up to this size gets PRAGMA quick_check at every open: about
    // 25 ms, a département's register of a thousand people with years of
    // exchanges and surveys. The check costs about 3 ms per MB and runs at
    // each start, on the window's thread and again on the dashboard's: with
    // the former limit of 64 MiB, a register of 8,000 people (63 MB) painted
    // its list in 435 ms against 190 ms for an empty one; now 205 ms (issue
    // 6). Above, the open checks the header, the size, the schema and the
    // small tables the application needs to start (boundedCheck), and every
    // page is checked by the daily backup, whose copy goes through
    // PRAGMA integrity_check.
    static constexpr qint64 kFullCheckUpTo = qint64(8) * 1024 * 1024;

    // Missing (a new database will be created) or Usable; throws
    // DatabaseFileError (French message, kind) for every other case.
    static State require(const QString& path, qint64 fullCheckUpTo = kFullCheckUpTo);
    // The same check without the exception: nullopt when the file is missing or usable.
    static std::optional<DatabaseFileProblem> problem(const QString& path, QString* message = nullptr,
                                                      qint64 fullCheckUpTo = kFullCheckUpTo);

    // "ok", or SQLite's first complaint, from a read-only connection
    // (PRAGMA quick_check when `quick`, PRAGMA integrity_check otherwise).
    // An empty string means the file could not be read as a database at all.
    static QString integrityCheck(const QString& path, bool quick);
    // "ok" or SQLite's first complaint for the schema and the start-up tables
    // (schema_migrations, settings, users, relays): PRAGMA quick_check(table).
    static QString boundedCheck(const QString& path);
    // The highest version in schema_migrations, read-only; -1 when the file
    // is no Parcours Pro database (no such table) or cannot be read.
    static int schemaVersionOf(const QString& path);

    // "NFS", "SMB/CIFS", "SSHFS"... when `folder` is on a network file
    // system, empty otherwise. Split out so the mapping can be tested.
    static QString networkFilesystem(const QString& folder);
    static QString networkFilesystemName(quint64 statfsType, const QString& mountType);

    static QString message(DatabaseFileProblem kind, const QString& path, const QString& detail = {});
};

} // namespace parcours
