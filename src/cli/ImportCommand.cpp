#include "AppContext.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "Clock.h"
#include "CsvFileReader.h"
#include "PmiHeaderMatcher.h"
#include "PmiImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace parcours {

void addImportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate(
                          "parcours-cli", "Check the file and report, without changing the database.")});
}

int runImportPmi(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli import pmi FILE [--dry-run] [--json]"));
        return ExitUsage;
    }
    const QString path = args.front();
    if (!QFileInfo(path).isFile()) {
        CliContext::err(QCoreApplication::translate("parcours-cli",
                                                    "The file %1 does not exist. Check its name and folder.")
                            .arg(QDir::toNativeSeparators(path)));
        return ExitBadInput;
    }
    // Read as it is imported, not whole: a national list is 250,000 lines.
    CsvFileReader records(path);
    const PmiHeaderMatch match = PmiHeaderMatcher::matchAll(records.header());
    const QStringList problems = PmiHeaderMatcher::mappingProblems(match.mapping, records.header());
    if (!problems.isEmpty()) {
        CliContext::err(problems.join(QLatin1Char('\n')));
        return ExitBadInput;
    }
    if (!match.unknownHeaders.isEmpty())
        CliContext::err(QCoreApplication::translate("parcours-cli", "Columns ignored (not recognised): %1")
                            .arg(match.unknownHeaders.join(QStringLiteral(", "))));

    AppContext& app = cli.app();
    app.require(Permission::EditRecords); // PmiImporter works on the repositories directly
    PmiImporter importer(app.childminders(), app.approvals(), app.relays(), app.transactions(), app.rules(),
                         &app.clock());
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const ImportReport report = importer.run(records, match.mapping, dryRun);

    if (cli.json()) {
        const QByteArray json = report.toJson();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fputc('\n', stdout);
    } else {
        CliContext::out(dryRun ? QCoreApplication::translate("parcours-cli", "Dry run: nothing was written.")
                               : QCoreApplication::translate("parcours-cli", "Import done."));
        CliContext::out(QCoreApplication::translate(
                            "parcours-cli",
                            "Created: %1, updated: %2, unchanged: %3, absent from the list: %4, rejected: %5")
                            .arg(report.created)
                            .arg(report.updated)
                            .arg(report.unchanged)
                            .arg(report.absent())
                            .arg(report.rejected.size()));
        for (const auto& r : report.rejected)
            CliContext::out(QCoreApplication::translate("parcours-cli", "Line %1 rejected: %2")
                                .arg(r.line)
                                .arg(r.message));
        for (const auto& w : report.warnings)
            CliContext::out(
                QCoreApplication::translate("parcours-cli", "Line %1: %2").arg(w.line).arg(w.message));
    }
    // Rejected rows are bad input even though the valid ones were imported.
    return report.rejected.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace parcours
