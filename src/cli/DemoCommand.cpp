#include "AppContext.h"
#include "ChildminderRepository.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "DemoCareerPaths.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "DemoSurveyCampaigns.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace parcours {

void addDemoOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate("parcours-cli", "Number of childminders (default 1100)."),
                      QStringLiteral("N"), QStringLiteral("1100")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate(
                          "parcours-cli", "Random seed: the same seed gives the same data (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
}

int runDemo(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool sizeOk = false;
    bool seedOk = false;
    const int size = parser.value(QStringLiteral("size")).toInt(&sizeOk);
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!args.isEmpty() || !sizeOk || !seedOk || size < 1 || size > 1000000) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli demo --size N [--seed S] (N from 1 to 1,000,000)."));
        return ExitUsage;
    }
    AppContext& app = cli.app();
    if (app.childminders().count({}) > 0) {
        CliContext::err(QCoreApplication::translate(
                            "parcours-cli",
                            "The database %1 already holds data: demo data goes into a new database "
                            "(use --db with a new file name).")
                            .arg(app.databasePath()));
        return ExitBadInput;
    }
    DemoDataGenerator generator(app.childminders(), app.approvals(), app.relays(), app.mams(),
                                app.transactions(), app.clock(), app.rules());
    const DemoSummary summary = generator.generate(size, seed);
    app.refreshStatistics();
    const int contacts =
        DemoContactLog(app.childminders(), app.contacts(), app.transactions(), app.clock()).generate(seed);
    const DemoCampaignSummary surveys = DemoSurveyCampaigns(app).generate(seed);
    const DemoCareerPathsSummary careers = DemoCareerPaths(app).generate(seed);
    if (cli.json()) {
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("childminders"), summary.childminders},
                                      {QStringLiteral("relays"), summary.relays},
                                      {QStringLiteral("mams"), summary.mams},
                                      {QStringLiteral("approvals"), summary.approvals},
                                      {QStringLiteral("contacts"), contacts},
                                      {QStringLiteral("campaigns"), surveys.campaigns},
                                      {QStringLiteral("surveyResponses"), surveys.responses},
                                      {QStringLiteral("partnersAndProspects"), careers.partnersAndProspects},
                                      {QStringLiteral("trainingRecords"), careers.trainings},
                                      {QStringLiteral("careerRecords"), careers.careerRecords},
                                      {QStringLiteral("retentionRecords"), careers.retention}}));
    } else {
        CliContext::out(
            QCoreApplication::translate(
                "parcours-cli", "Demo data written to %1: %2 childminders, %3 relays, %4 MAMs, %5 agréments.")
                .arg(app.databasePath())
                .arg(summary.childminders)
                .arg(summary.relays)
                .arg(summary.mams)
                .arg(summary.approvals));
        CliContext::out(QCoreApplication::translate("parcours-cli", "%n exchange(s) in the contact log.",
                                                    nullptr, contacts));
        CliContext::out(
            QCoreApplication::translate("parcours-cli", "%1 survey campaign(s) with %2 response(s).")
                .arg(surveys.campaigns)
                .arg(surveys.responses));
        CliContext::out(QCoreApplication::translate(
                            "parcours-cli", "Career paths: %1 partner, promotion and prospect records, "
                                            "%2 training records, %3 career records, %4 collective "
                                            "activity records.")
                            .arg(careers.partnersAndProspects)
                            .arg(careers.trainings)
                            .arg(careers.careerRecords)
                            .arg(careers.retention));
    }
    return ExitOk;
}

} // namespace parcours
