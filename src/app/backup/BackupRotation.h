#pragma once

#include <QDateTime>
#include <QStringList>

namespace parcours {

// Which automatic backups to delete (issue 5): keep the newest backup of each
// of the 7 most recent days that have one, of the 4 most recent ISO weeks and
// of the 12 most recent months; delete the rest. A pure function of the
// names (which carry their UTC time), so it is tested with fixed dates.
// Names that are not automatic backups (manual, before a migration, before a
// restore, or not ours) are never returned.
struct BackupRotationPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

class BackupRotation
{
  public:
    // Reasons rotation applies to: daily and on-exit backups.
    static bool isRotated(const QString& reason);
    static QStringList toDelete(const QStringList& fileNames, const BackupRotationPolicy& policy = {});
};

} // namespace parcours
