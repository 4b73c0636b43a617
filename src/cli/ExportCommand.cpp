#include "AppContext.h"
#include "AuditService.h"
#include "ChildminderExporter.h"
#include "CliCommands.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QFile>

namespace parcours {

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("parcours-cli", "csv or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("csv")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("parcours-cli", "Output file (default: standard output)."),
                      QCoreApplication::translate("parcours-cli", "FILE")});
}

int runExportChildminders(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!args.isEmpty() || (format != QLatin1String("csv") && format != QLatin1String("json"))) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli export childminders --format csv|json [--out FILE]"));
        return ExitUsage;
    }
    const ExportFormat f = format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Json;
    ChildminderExporter exporter(cli.app());
    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        const int n = exporter.exportTo(path, f);
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "%n childminder(s) exported to %1.", nullptr, n)
                .arg(path));
    } else {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            CliContext::err(
                QCoreApplication::translate("parcours-cli", "Cannot write to the standard output."));
            return ExitBadInput;
        }
        const int n = exporter.write(out, f);
        AuditService(cli.app()).logExport(QStringLiteral("register"), n, QString()); // issue 5: stdout
    }
    return ExitOk;
}

} // namespace parcours
