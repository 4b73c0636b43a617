#include "AppContext.h"
#include "AppSetup.h"
#include "DatabaseOpener.h"
#include "FirstPaintProbe.h"
#include "FirstRunDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "ServerConnectionSettings.h"
#include "SignInFlow.h"
#include "SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>
#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    parcours::setUpApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Follow-up of licensed childminders."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Use the database file PATH."),
                                      QApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    // parcours-bench (issue 6): quit once the register list has been painted,
    // printing how long that took. Hidden: not for users.
    QCommandLineOption firstPaintOption(QStringLiteral("quit-after-first-paint"));
    firstPaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaintOption);
    parser.process(app);

    // The same convention as parcours-cli: sign in as PARCOURS_USER with
    // PARCOURS_PASSWORD when both are set (wrong ones: the sign-in form). The
    // password leaves the environment so no child process inherits it.
    const QString envUser = qEnvironmentVariable("PARCOURS_USER");
    const QString envPassword = qEnvironmentVariable("PARCOURS_PASSWORD");
    if (!envUser.isEmpty() && !envPassword.isEmpty())
        parcours::SignInFlow::setStartupCredentials(envUser, envPassword);
    qunsetenv("PARCOURS_PASSWORD");

    parcours::setupGuiLogging();
    const parcours::SystemClock clock;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : parcours::AppContext::defaultDatabasePath();
    // Issue 6: a workstation set to work on the shared server opens it
    // (unless told to open a file).
    const bool onServer = !parser.isSet(dbOption) && parcours::ServerConnectionSettings::connectAtStartup();
    // No file yet: offer an empty register or demonstration data first.
    if (!onServer && !QFileInfo::exists(path) && !parcours::FirstRunDialog::prepare(path, clock))
        return 0;
    auto context =
        onServer
            ? parcours::DatabaseOpener::openServer(nullptr, parcours::ServerConnectionSettings::load(), clock)
            : parcours::DatabaseOpener::open(nullptr, path, clock);
    if (!context)
        return 1;
    parcours::MainWindow window(std::move(context));
    if (parser.isSet(firstPaintOption) && !parcours::FirstPaintProbe::install(&window)) {
        std::fputs("first-paint: the register list (childminderTable) was not found\n", stderr);
        return 2;
    }
    // 1366×768 laptops have less than 800 px under the taskbar: never open
    // taller or wider than the screen, and fill it when it is that small.
    if (const QScreen* screen = window.screen()) {
        const QSize room = screen->availableGeometry().size() - QSize(16, 48); // frame and title bar
        if (room.width() < window.width() || room.height() < window.height()) {
            window.resize(window.size().boundedTo(room));
            window.showMaximized();
            return app.exec();
        }
    }
    window.show();
    return app.exec();
}
