#define CATCH_CONFIG_RUNNER
#include "FileDialog.h"
#include "MessageBox.h"
#include "QtStringMaker.h"

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
    return Catch::Session().run(argc, argv);
}
