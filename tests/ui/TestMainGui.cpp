#define CATCH_CONFIG_RUNNER
#include "FileDialog.h"
#include "MessageBox.h"
#include "QtStringMaker.h"
#include "SignInFlow.h"

#include <QApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Before QApplication: CTest's discovery runs us without any environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QApplication app(argc, argv);
    // No modal box or file dialog may ever block a test run.
    parcours::MessageBox::setTestMode(true);
    parcours::FileDialog::setTestMode(true);
    // Databases opened through the window (DatabaseOpener) sign in as the
    // built-in system coordinator instead of showing the sign-in dialog.
    parcours::SignInFlow::setTestSession(parcours::Session::system());
    return Catch::Session().run(argc, argv);
}
