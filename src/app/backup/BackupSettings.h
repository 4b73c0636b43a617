#pragma once

#include <QString>

namespace parcours {

// Where and how this workstation backs up (issue 5). Kept in the user's
// QSettings, not in the database: a folder is a property of the computer,
// and a backup setting inside the file it protects would be lost with it.
// The passphrase is never stored anywhere: it is asked for (GUI) or read
// from PARCOURS_BACKUP_PASSPHRASE (CLI).
struct BackupSettings
{
    QString root;         // empty: <database folder>/sauvegardes
    bool daily = true;    // automatic backup once a day and on exit
    bool encrypt = false; // encrypt automatic and manual backups

    static BackupSettings load();
    void save() const; // and apply()
    // Tells the storage layer where pre-migration backups go (the same folder
    // as the others). Front ends call it at start, before opening a database.
    void apply() const;
};

} // namespace parcours
