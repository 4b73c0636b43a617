#define CATCH_CONFIG_RUNNER
#include "QtStringMaker.h"

#include <QCoreApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Tests read French messages: pin the locale so results do not depend on the machine.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
