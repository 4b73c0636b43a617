// survey summary: a campaign's summary as JSON or PDF, for scripts and partners.
#include "AppContext.h"
#include "AuditService.h"
#include "CampaignService.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "RelayRepository.h"
#include "SummaryPdfWriter.h"
#include "SurveySummaryJson.h"
#include "SurveySummaryService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QSaveFile>

namespace parcours {

namespace {
QString usageText()
{
    return QCoreApplication::translate(
        "parcours-cli", "Usage: parcours-cli survey summary --campaign YEAR [--rpe ID] [--free-texts] "
                        "[--format json|pdf] [--out FILE]");
}

} // namespace

void addSurveySummaryOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("campaign"),
                      QCoreApplication::translate("parcours-cli", "Year of the campaign."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("rpe"),
                      QCoreApplication::translate("parcours-cli", "Only this relay (id)."),
                      QStringLiteral("ID"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("free-texts"),
                      QCoreApplication::translate(
                          "parcours-cli", "Include the free-text answers, names removed (they may "
                                          "still reveal health information: check before sharing).")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("parcours-cli", "json or pdf (default: pdf when --out ends "
                                                                  "in .pdf, json otherwise)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("parcours-cli", "Output file (default: standard output)."),
                      QCoreApplication::translate("parcours-cli", "FILE")});
}

int runSurveySummary(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool yearOk = false;
    const int year = parser.value(QStringLiteral("campaign")).toInt(&yearOk);
    bool relayOk = false;
    const qint64 relayId = parser.value(QStringLiteral("rpe")).toLongLong(&relayOk);
    const QString out = parser.value(QStringLiteral("out"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? QStringLiteral("pdf")
                                                                          : QStringLiteral("json");
    const bool pdf = format == QLatin1String("pdf");
    if (!args.isEmpty() || !yearOk || year < 2000 || year > 2100 || !relayOk || relayId < 0 ||
        (!pdf && format != QLatin1String("json"))) {
        CliContext::err(usageText());
        return ExitUsage;
    }
    if (pdf && out.isEmpty()) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "A PDF needs a file name: add --out FILE.pdf.") +
            QLatin1Char('\n') + usageText());
        return ExitUsage;
    }

    AppContext& app = cli.app();
    if (!CampaignService(app).campaign(year)) {
        CliContext::err(QCoreApplication::translate(
                            "parcours-cli", "There is no survey campaign for %1. See the campaigns with "
                                            "\"parcours-cli survey list\".")
                            .arg(year));
        return ExitBadInput;
    }
    if (relayId != 0 && !app.relays().find(relayId)) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli",
                                        "There is no RPE number %1. Check the number in the list of RPEs.")
                .arg(relayId));
        return ExitBadInput;
    }

    SurveySummaryRequest request;
    request.year = year;
    request.relayId = relayId;
    request.includeFreeTexts = parser.isSet(QStringLiteral("free-texts"));
    request.suppressSmallCells = true; // everything the CLI writes leaves the service
    QString error;
    const auto summary = SurveySummaryService(app).summarize(request, &error);
    if (!summary) {
        CliContext::err(error);
        return ExitDatabase;
    }

    if (pdf) {
        // The PDF draws its charts with QtCharts, which needs the GUI
        // application main() creates for this command.
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            CliContext::err(QCoreApplication::translate(
                "parcours-cli", "This build cannot write PDF files. Use --format json."));
            return ExitUsage;
        }
        SummaryPdfWriter writer;
        writer.setIdentity(cli.app().serviceIdentity()); // the footer names the service
        error = writer.write(*summary, out);
    } else {
        error = CliContext::writeOutput(surveySummaryToJson(*summary), out);
    }
    if (!error.isEmpty()) {
        CliContext::err(error);
        return ExitBadInput;
    }
    AuditService(app).logExport(QStringLiteral("survey_summary"), 1, out); // issue 5
    if (!out.isEmpty()) {
        if (cli.json())
            CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                                          {QStringLiteral("format"), format},
                                                          {QStringLiteral("year"), year},
                                                          {QStringLiteral("rpe"), relayId}}));
        else
            CliContext::err(
                QCoreApplication::translate("parcours-cli", "Summary of the %1 survey written to %2.")
                    .arg(year)
                    .arg(QDir::toNativeSeparators(out)));
    }
    return ExitOk;
}

} // namespace parcours
