#include "BackupSettings.h"

#include "DatabaseBackup.h"

#include <QSettings>

namespace parcours {

BackupSettings BackupSettings::load()
{
    QSettings settings;
    BackupSettings s;
    s.root = settings.value(QStringLiteral("backup/folder")).toString();
    s.daily = settings.value(QStringLiteral("backup/daily"), true).toBool();
    s.encrypt = settings.value(QStringLiteral("backup/encrypt"), false).toBool();
    return s;
}

void BackupSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("backup/folder"), root);
    settings.setValue(QStringLiteral("backup/daily"), daily);
    settings.setValue(QStringLiteral("backup/encrypt"), encrypt);
    apply();
}

void BackupSettings::apply() const
{
    DatabaseBackup::setRootOverride(root);
}

} // namespace parcours
