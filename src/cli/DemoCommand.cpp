#include "AppContext.h"
#include "AuditService.h"
#include "AuthService.h"
#include "ChildminderRepository.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "DemoAccounts.h"
#include "DemoCareerPaths.h"
#include "DemoContactLog.h"
#include "DemoDataGenerator.h"
#include "DemoSurveyCampaigns.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace parcours {

namespace {
QJsonArray demoLogins()
{
    QJsonArray logins;
    for (const auto& account : DemoAccounts::all())
        logins.append(QString::fromLatin1(account.login));
    return logins;
}
} // namespace

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
    // A new database has no account yet: the demo runs as the built-in system
    // session, then creates one documented account per role. A database that
    // already has accounts needs a signed-in coordinator.
    AppContext& app = cli.database();
    const bool newAccounts = AuthService(app).needsFirstCoordinator();
    if (newAccounts)
        app.setSession(Session::system());
    else
        cli.app().require(Permission::ManageSettings);
    if (app.childminders().count({}) > 0) {
        CliContext::err(QCoreApplication::translate(
                            "parcours-cli",
                            "The database %1 already holds data: demo data goes into a new database "
                            "(use --db with a new file name).")
                            .arg(app.databasePath()));
        return ExitBadInput;
    }
    DemoSummary summary;
    int contacts = 0;
    DemoCampaignSummary surveys;
    DemoCareerPathsSummary careers;
    // Issue 5: a bulk load records one "demo" audit event, not a row per
    // record (which would double its time and size).
    AuditService(app).withoutRowCapture(
        QStringLiteral("demo"), QStringLiteral("{\"size\":%1,\"seed\":%2}").arg(size).arg(seed), [&] {
            DemoDataGenerator generator(app.childminders(), app.approvals(), app.relays(), app.mams(),
                                        app.transactions(), app.clock(), app.rules());
            summary = generator.generate(size, seed);
            app.refreshStatistics();
            contacts = DemoContactLog(app.childminders(), app.contacts(), app.transactions(), app.clock())
                           .generate(seed);
            surveys = DemoSurveyCampaigns(app).generate(seed);
            careers = DemoCareerPaths(app).generate(seed);
        });
    if (newAccounts)
        DemoAccounts::create(app);
    if (cli.json()) {
        CliContext::outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("childminders"), summary.childminders},
                        {QStringLiteral("relays"), summary.relays},
                        {QStringLiteral("mams"), summary.mams},
                        {QStringLiteral("approvals"), summary.approvals},
                        {QStringLiteral("contacts"), contacts},
                        {QStringLiteral("campaigns"), surveys.campaigns},
                        {QStringLiteral("surveyResponses"), surveys.responses},
                        {QStringLiteral("partnersAndProspects"), careers.partnersAndProspects},
                        {QStringLiteral("trainingRecords"), careers.trainings},
                        {QStringLiteral("careerRecords"), careers.careerRecords},
                        {QStringLiteral("retentionRecords"), careers.retention},
                        {QStringLiteral("accounts"), newAccounts ? demoLogins() : QJsonArray()}}));
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
        if (newAccounts)
            CliContext::out(QCoreApplication::translate("parcours-cli", "Accounts (login / password):\n%1")
                                .arg(DemoAccounts::describe()));
    }
    return ExitOk;
}

} // namespace parcours
