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

    // Missing (a new database will be created) or Usable; throws
    // DatabaseFileError (French message, kind) for every other case.
    static State require(const QString& path);
    // The same check without the exception: nullopt when the file is missing or usable.
    static std::optional<DatabaseFileProblem> problem(const QString& path, QString* message = nullptr);

    // "ok", or SQLite's first complaint, from a read-only connection
    // (PRAGMA quick_check when `quick`, PRAGMA integrity_check otherwise).
    // An empty string means the file could not be read as a database at all.
    static QString integrityCheck(const QString& path, bool quick);
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
