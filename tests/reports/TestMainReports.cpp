#define CATCH_CONFIG_RUNNER
#include "QtStringMaker.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Before QApplication: CTest's discovery runs us without any environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    // QtCharts draws on a QGraphicsScene: it needs a QApplication.
    QApplication app(argc, argv);
    // To look at the documents in French before the translation is merged:
    // PARCOURS_TEST_QM=/path/to/parcours_fr.qm.
    QTranslator translator;
    const QString qm = qEnvironmentVariable("PARCOURS_TEST_QM");
    if (!qm.isEmpty() && translator.load(qm))
        QApplication::installTranslator(&translator);
    return Catch::Session().run(argc, argv);
}
