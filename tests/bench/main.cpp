// parcours-bench (issue 6, point 2): each figure of the application beside
// its baseline measured in the same run, at several register sizes, in one
// table. A measurement, not a test: a missed goal is printed, and the exit
// code is non-zero only when something could not be measured.

#include "BenchDataset.h"
#include "BenchError.h"
#include "BenchOptions.h"
#include "GuiStartBench.h"
#include "ImportBench.h"
#include "ListBench.h"
#include "Logging.h"
#include "MachineInfo.h"
#include "ResultTable.h"
#include "SearchBench.h"
#include "SummaryBench.h"
#include "SystemClock.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>
#include <cstdio>
#include <functional>
#include <memory>

using namespace parcours;
using namespace parcours::bench;

namespace {

// Every process of the bench (this one, parcours-cli, parcours-pro) reads
// its settings from the work folder: the user's own are left alone, and the
// daily automatic backup is off (it would be timed once a day only).
void useBenchSettings(const QString& workDir)
{
    const QString config = QDir(workDir).filePath(QStringLiteral("config"));
    QDir().mkpath(config + QStringLiteral("/Parcours Pro"));
    QSaveFile file(config + QStringLiteral("/Parcours Pro/parcours-pro.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write("[backup]\ndaily=false\n") < 0 || !file.commit())
        throw BenchError(QStringLiteral("The bench settings cannot be written in %1.").arg(config));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
}

QStringList notes(const BenchOptions& options)
{
    return {
        QStringLiteral("Each figure is the median of %1 run(s), after one untimed run that warms the caches "
                       "and checks that ours and the baseline return the same rows.")
                .arg(options.repeat) +
            QStringLiteral(
                " A figure whose runs add up to more than %1 min is reported from the runs made by then.")
                .arg(Measurement::kBudgetMs / 60000),
        QStringLiteral("Datasets: `parcours-cli demo --size N --seed %1` (people, campaigns, responses, "
                       "contacts), cached in the work folder.")
            .arg(BenchDataset::kSeed),
        QStringLiteral(
            "import: an N-row PMI list (Windows-1252, ';') into a fresh register in this process "
            "(AppContext::openFile, CsvFileReader, PmiHeaderMatcher, PmiImporter, audit triggers on, "
            "close; the sign-in is not timed) vs the sqlite3 shell's `.import` into a bare table, "
            "a child process timed whole."),
        QStringLiteral(
            "(reference) the rows our import wrote, copied by the sqlite3 shell with bare INSERT ... "
            "SELECT into a fresh register (same indexes, full-text tables, foreign keys and audit "
            "capture triggers; no reading, checking, matching or sealing) vs the same `.import`: "
            "the floor the schema itself sets, shown for information."),
        QStringLiteral("import peak memory: `parcours-cli import pmi` (its VmHWM, read every 10 ms) vs the "
                       "same command on a list with no row; growth is fitted on the difference, leaving out "
                       "sizes where it is not above zero."),
        QStringLiteral("search: ChildminderService::count + the first page of %1 rows (what the list model "
                       "asks), %2 prefixes typed without accents (%3), vs the FTS5 query and count through "
                       "the C API.")
            .arg(SearchBench::kGuiPageSize)
            .arg(SearchBench::prefixes().size())
            .arg(SearchBench::prefixes().join(QStringLiteral(", "))),
        QStringLiteral("first page: the RPE with the most people, sorted by name, 100 rows + count, through "
                       "ChildminderService vs the same SQL through the C API."),
        QStringLiteral("survey summary: SurveySummaryService::summarize of the campaign with the most "
                       "responses vs its aggregates as bare SQL through the C API (every answer count "
                       "compared). PDF: summarize + SummaryPdfWriter::write vs summarize alone."),
        QStringLiteral("GUI: parcours-pro --quit-after-first-paint, offscreen, signed in from the "
                       "environment, spawn to the first paint of the register list (page cache warm), vs "
                       "an empty register; peak memory: its VmHWM at the first paint, growth fitted on the "
                       "difference (as for the import)."),
    };
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // QtCharts needs a QApplication, not a screen
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Parcours Pro"));
    QApplication::setApplicationName(QStringLiteral("parcours-pro"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France)); // as the GUI

    BenchOptions options;
    try {
        options = BenchOptions::parse(QApplication::arguments());
        useBenchSettings(options.workDir);
    } catch (const BenchError& e) {
        std::fprintf(stderr, "parcours-bench: %s\n", qPrintable(e.message()));
        return 1;
    }

    setupCliLogging(false); // the application's info lines would mix with the table
    const SystemClock clock;
    ResultTable table;
    for (const QString& note : notes(options))
        table.addNote(note);
    QStringList failures;
    auto attempt = [&](const QString& what, const std::function<void()>& work) {
        std::fprintf(stderr, "%s...\n", qPrintable(what));
        try {
            work();
        } catch (const BenchError& e) {
            failures << what + QStringLiteral(": ") + e.message();
        } catch (const std::exception& e) {
            failures << what + QStringLiteral(": ") + QString::fromLocal8Bit(e.what());
        }
    };

    std::unique_ptr<BenchDataset> dataset;
    attempt(QStringLiteral("work folder"),
            [&] { dataset = std::make_unique<BenchDataset>(options.workDir, options.cliPath); });
    if (dataset) {
        const ImportBench import(*dataset, clock, options.repeat);
        const SearchBench search(clock, options.repeat);
        const ListBench list(clock, options.repeat);
        const SummaryBench summary(*dataset, clock, options.repeat);
        GuiStartBench gui(*dataset, options.guiPath, options.repeat);
        for (const int size : options.sizes) {
            QString database;
            attempt(QStringLiteral("demo database, N=%1").arg(size),
                    [&] { database = dataset->demoDatabase(size); });
            if (options.wants(QStringLiteral("import")))
                attempt(QStringLiteral("import, N=%1").arg(size), [&] { import.run(size, table); });
            if (database.isEmpty())
                continue;
            if (options.wants(QStringLiteral("search")))
                attempt(QStringLiteral("search, N=%1").arg(size), [&] { search.run(size, database, table); });
            if (options.wants(QStringLiteral("list")))
                attempt(QStringLiteral("first page, N=%1").arg(size),
                        [&] { list.run(size, database, table); });
            if (options.wants(QStringLiteral("summary")))
                attempt(QStringLiteral("survey summary and PDF, N=%1").arg(size),
                        [&] { summary.run(size, database, table); });
            if (options.gui && options.wants(QStringLiteral("gui")))
                attempt(QStringLiteral("GUI start, N=%1").arg(size), [&] { gui.run(size, database, table); });
        }
    }

    QStringList measures;
    for (const ResultRow& row : table.rows())
        if (row.inGrowth && !measures.contains(row.measure))
            measures << row.measure;
    for (const QString& m : measures)
        table.addGrowthMeasure(m);
    QString commandLine = QStringLiteral("parcours-bench");
    for (const QString& a : options.commandLine.mid(1))
        commandLine += QLatin1Char(' ') + a;
    const QString report = table.render(options.markdown, MachineInfo::describe(), commandLine);
    std::fputs(report.toUtf8().constData(), stdout);
    if (!failures.isEmpty()) {
        std::printf("\nNot measured (%lld):\n", static_cast<long long>(failures.size()));
        for (const QString& f : failures)
            std::printf("- %s\n", qPrintable(f));
        return 1;
    }
    return 0;
}
