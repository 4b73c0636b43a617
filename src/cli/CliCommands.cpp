#include "CliCommands.h"

#include <QCoreApplication>

namespace parcours {

const QList<CliCommand>& cliCommands()
{
    static const QList<CliCommand> commands = {
        {QStringLiteral("init"),
         QCoreApplication::translate(
             "parcours-cli", "init [--user NAME]            create a database (and its first coordinator)"),
         nullptr, &runInit},
        {QStringLiteral("demo"),
         QCoreApplication::translate("parcours-cli",
                                     "demo --size N [--seed S]      fill a new database with demo data"),
         &addDemoOptions, &runDemo},
        {QStringLiteral("import pmi"),
         QCoreApplication::translate("parcours-cli", "import pmi FILE [--dry-run]   import a PMI list (CSV)"),
         &addImportOptions, &runImportPmi},
        {QStringLiteral("export childminders"),
         QCoreApplication::translate(
             "parcours-cli", "export childminders --format csv|json [--out FILE]   export the register"),
         &addExportOptions, &runExportChildminders},
        {QStringLiteral("show"),
         QCoreApplication::translate("parcours-cli", "show ID                       one childminder's file"),
         nullptr, &runShow},
        {QStringLiteral("alerts"),
         QCoreApplication::translate("parcours-cli", "alerts [--within-months N]    current alerts"),
         &addAlertsOptions, &runAlerts},
        {QStringLiteral("search"),
         QCoreApplication::translate("parcours-cli", "search TEXT                   search the register"),
         &addSearchOptions, &runSearch},
        {QStringLiteral("contact log"),
         QCoreApplication::translate(
             "parcours-cli", "contact log ID --staff NAME [--channel C] [--outcome O]   record an exchange"),
         &addContactLogOptions, &runContactLog},
        {QStringLiteral("coverage"),
         QCoreApplication::translate("parcours-cli",
                                     "coverage [--year YEAR] [--by relay|staff]   annual contact"),
         &addCoverageOptions, &runCoverage},
        {QStringLiteral("not-reached"),
         QCoreApplication::translate("parcours-cli",
                                     "not-reached [--year YEAR] [--rpe ID]   not contacted this year"),
         &addNotReachedOptions, &runNotReached},
        {QStringLiteral("survey import-lss"),
         QCoreApplication::translate("parcours-cli",
                                     "survey import-lss FILE        store a LimeSurvey questionnaire (.lss)"),
         nullptr, &runSurveyImportLss},
        {QStringLiteral("survey import-responses"),
         QCoreApplication::translate("parcours-cli",
                                     "survey import-responses FILE --campaign YEAR [--token-column "
                                     "NAME] [--dry-run] [--replace]   import LimeSurvey responses"),
         &addSurveyImportResponsesOptions, &runSurveyImportResponses},
        {QStringLiteral("survey create"),
         QCoreApplication::translate("parcours-cli",
                                     "survey create --year YEAR [--questionnaire NAME[:VERSION]] "
                                     "[--rpe ID]...   create a survey campaign"),
         &addSurveyCreateOptions, &runSurveyCreate},
        {QStringLiteral("survey list"),
         QCoreApplication::translate("parcours-cli",
                                     "survey list                   campaigns and their progress"),
         nullptr, &runSurveyList},
        {QStringLiteral("survey people"),
         QCoreApplication::translate("parcours-cli",
                                     "survey people --campaign YEAR [--status KEY] [--rpe ID]   "
                                     "a campaign's call list"),
         &addSurveyPeopleOptions, &runSurveyPeople},
        {QStringLiteral("survey summary"),
         QCoreApplication::translate("parcours-cli",
                                     "survey summary --campaign YEAR [--rpe ID] [--free-texts] [--format "
                                     "json|pdf] [--out FILE]   a campaign's summary"),
         &addSurveySummaryOptions, &runSurveySummary},
        {QStringLiteral("survey letters"),
         QCoreApplication::translate(
             "parcours-cli", "survey letters --campaign YEAR [--rpe ID] [--status KEY] --out FILE.pdf "
                             "[--emails FILE.csv]   invitation letters and email list"),
         &addSurveyLettersOptions, &runSurveyLetters},
    };
    static const QList<CliCommand> all = commands + trainingCommands() + prospectCommands() +
                                         personCommands() + securityCommands() + auditCommands() +
                                         backupCommands() + privacyCommands() + serverCommands();
    return all;
}

} // namespace parcours
