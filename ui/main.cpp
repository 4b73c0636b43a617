#include "AppContext.h"
#include "AppSetup.h"
#include "DatabaseOpener.h"
#include "FirstRunDialog.h"
#include "Logging.h"
#include "MainWindow.h"
#include "SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QScreen>

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
    parser.process(app);

    parcours::setupGuiLogging();
    const parcours::SystemClock clock;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : parcours::AppContext::defaultDatabasePath();
    // No file yet: offer an empty register or demonstration data first.
    if (!QFileInfo::exists(path) && !parcours::FirstRunDialog::prepare(path, clock))
        return 0;
    auto context = parcours::DatabaseOpener::open(nullptr, path, clock);
    if (!context)
        return 1;
    parcours::MainWindow window(std::move(context));
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
