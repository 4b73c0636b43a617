#include "BenchOptions.h"

#include "BenchError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace parcours::bench {

const QStringList& BenchOptions::measureNames()
{
    static const QStringList names = {QStringLiteral("import"), QStringLiteral("search"),
                                      QStringLiteral("list"), QStringLiteral("summary"),
                                      QStringLiteral("gui")};
    return names;
}

BenchOptions BenchOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Parcours Pro against bare SQLite at several register sizes and prints one table "
        "(issue 6). A missed goal is reported, not a failure: the exit code is non-zero only when "
        "something could not be measured."));
    parser.addHelpOption();
    const QCommandLineOption sizes(
        QStringLiteral("sizes"),
        QStringLiteral("Register sizes, comma-separated (default 1000,10000,100000,250000)."),
        QStringLiteral("N,N..."));
    const QCommandLineOption workDir(
        QStringLiteral("work-dir"),
        QStringLiteral("Datasets and scratch files (default $TMPDIR/parcours-bench); "
                       "demo databases are cached there between runs."),
        QStringLiteral("DIR"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
                                    QStringLiteral("Runs per figure; the median is reported (default 5)."),
                                    QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption gui(QStringLiteral("gui"),
                                 QStringLiteral("The parcours-pro executable (default: beside this one)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption cli(QStringLiteral("cli"),
                                 QStringLiteral("The parcours-cli executable (default: beside this one)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption noGui(QStringLiteral("no-gui"), QStringLiteral("Skip the GUI cold start."));
    const QCommandLineOption markdown(
        QStringLiteral("markdown"), QStringLiteral("Print the table in Markdown (for docs/performance.md)."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Only these measures, comma-separated, among %1 (default: all); for profiling one.")
            .arg(measureNames().join(QLatin1Char(','))),
        QStringLiteral("M,M..."));
    parser.addOptions({sizes, workDir, repeat, gui, cli, noGui, markdown, only});
    if (!parser.parse(arguments))
        throw BenchError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }

    BenchOptions o;
    o.commandLine = arguments;
    if (parser.isSet(sizes)) {
        o.sizes.clear();
        for (const QString& part : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 1 || n > 1000000)
                throw BenchError(
                    QStringLiteral("--sizes: \"%1\" is not a size from 1 to 1,000,000.").arg(part));
            o.sizes << n;
        }
        if (o.sizes.isEmpty())
            throw BenchError(QStringLiteral("--sizes: give at least one size."));
    }
    std::sort(o.sizes.begin(), o.sizes.end());
    o.sizes.erase(std::unique(o.sizes.begin(), o.sizes.end()), o.sizes.end());
    bool ok = false;
    o.repeat = parser.value(repeat).toInt(&ok);
    if (!ok || o.repeat < 1 || o.repeat > 100)
        throw BenchError(QStringLiteral("--repeat: give a number from 1 to 100."));
    o.workDir = parser.isSet(workDir) ? parser.value(workDir)
                                      : QDir(QDir::tempPath()).filePath(QStringLiteral("parcours-bench"));
    o.workDir = QFileInfo(o.workDir).absoluteFilePath();
    const QDir here(QCoreApplication::applicationDirPath());
    o.guiPath = parser.isSet(gui) ? parser.value(gui) : here.filePath(QStringLiteral("parcours-pro"));
    o.cliPath = parser.isSet(cli) ? parser.value(cli) : here.filePath(QStringLiteral("parcours-cli"));
    o.gui = !parser.isSet(noGui);
    o.markdown = parser.isSet(markdown);
    for (const QString& part : parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!measureNames().contains(name))
            throw BenchError(QStringLiteral("--only: \"%1\" is not one of %2.")
                                 .arg(name, measureNames().join(QStringLiteral(", "))));
        o.only << name;
    }
    return o;
}

} // namespace parcours::bench
