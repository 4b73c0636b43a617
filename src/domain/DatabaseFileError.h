#pragma once

#include "DomainError.h"

namespace parcours {

// Why a database file was refused before anything touched it (issue 5). The
// GUI offers the latest good backup for every kind except a network drive,
// where the file itself may be fine but SQLite's locking is not to be trusted.
enum class DatabaseFileProblem {
    Empty,             // 0 bytes: an interrupted copy, never a database
    NotDatabase,       // no "SQLite format 3" header: a text file, a spreadsheet...
    Truncated,         // shorter than the page count its header announces
    Corrupt,           // PRAGMA quick_check found damage
    NetworkFilesystem, // NFS, SMB/CIFS, SSHFS: several workstations need the server mode
    Unreadable,        // no permission to read it
};

// A StorageError that says which problem the file has, so a front end can
// choose what to offer (restore a backup, move the file) without parsing text.
class DatabaseFileError : public StorageError
{
  public:
    DatabaseFileError(DatabaseFileProblem kind, const QString& message) : StorageError(message), m_kind(kind)
    {
    }
    DatabaseFileProblem kind() const { return m_kind; }
    // True when restoring a backup is a sensible answer to the problem.
    bool backupMayHelp() const
    {
        return m_kind != DatabaseFileProblem::NetworkFilesystem && m_kind != DatabaseFileProblem::Unreadable;
    }

  private:
    DatabaseFileProblem m_kind;
};

} // namespace parcours
