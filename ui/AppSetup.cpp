#include "AppSetup.h"

#include "BackupSettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace parcours {

void setUpApplication(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("Parcours Pro"));
    QApplication::setApplicationName(QStringLiteral("parcours-pro"));
    QApplication::setApplicationVersion(QStringLiteral(PARCOURS_VERSION));
    // The users are French office staff: French whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("parcours"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    else
        delete ours;
    // Qt's own strings: standard buttons, file dialogs, context menus.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    // Issue 5: pre-migration backups go to the backup folder chosen on this computer.
    BackupSettings::load().apply();
}

} // namespace parcours
