#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace parcours {

class CliContext;

// One sub-command: registers its own options, then runs on the parsed line.
// `args` are the positional arguments after the command's own name(s).
struct CliCommand
{
    QString name;     // "import pmi", "show", ...
    QString synopsis; // one line for the help
    void (*addOptions)(QCommandLineParser&);
    int (*run)(CliContext&, const QCommandLineParser&, const QStringList& args);
};

const QList<CliCommand>& cliCommands();

// Career paths (issue 4): each file adds its own commands.
QList<CliCommand> trainingCommands(); // TrainingCommands.cpp: training list, training enrol
QList<CliCommand> prospectCommands(); // ProspectCommands.cpp: prospects funnel
QList<CliCommand> personCommands();   // PersonCommands.cpp: person export, isolation
// Trust (issue 5).
QList<CliCommand> securityCommands(); // SecurityCommands.cpp: users, passwd
// `init --user NAME`: the very first coordinator (SecurityCommands.cpp). Returns an exit code.
int createFirstCoordinator(CliContext& cli);
QList<CliCommand> auditCommands();   // AuditCommands.cpp: audit verify | list | purge
QList<CliCommand> backupCommands();  // BackupCommands.cpp: backup create | list | verify | restore
QList<CliCommand> privacyCommands(); // PrivacyCommands.cpp: anonymise, retention run
// Scale (issue 6).
QList<CliCommand> serverCommands(); // ServerCommands.cpp: migrate-to-server

// Commands, one file each.
int runInit(CliContext&, const QCommandLineParser&, const QStringList&);
void addDemoOptions(QCommandLineParser&);
int runDemo(CliContext&, const QCommandLineParser&, const QStringList&);
void addImportOptions(QCommandLineParser&);
int runImportPmi(CliContext&, const QCommandLineParser&, const QStringList&);
void addExportOptions(QCommandLineParser&);
int runExportChildminders(CliContext&, const QCommandLineParser&, const QStringList&);
int runShow(CliContext&, const QCommandLineParser&, const QStringList&);
void addAlertsOptions(QCommandLineParser&);
int runAlerts(CliContext&, const QCommandLineParser&, const QStringList&);
void addContactLogOptions(QCommandLineParser&);
int runContactLog(CliContext&, const QCommandLineParser&, const QStringList&);
void addCoverageOptions(QCommandLineParser&);
int runCoverage(CliContext&, const QCommandLineParser&, const QStringList&);
void addNotReachedOptions(QCommandLineParser&);
int runNotReached(CliContext&, const QCommandLineParser&, const QStringList&);
void addSearchOptions(QCommandLineParser&);
int runSearch(CliContext&, const QCommandLineParser&, const QStringList&);
// SurveyCommands.cpp: campaigns and LimeSurvey imports.
int runSurveyImportLss(CliContext&, const QCommandLineParser&, const QStringList&);
void addSurveyImportResponsesOptions(QCommandLineParser&);
int runSurveyImportResponses(CliContext&, const QCommandLineParser&, const QStringList&);
void addSurveyCreateOptions(QCommandLineParser&);
int runSurveyCreate(CliContext&, const QCommandLineParser&, const QStringList&);
int runSurveyList(CliContext&, const QCommandLineParser&, const QStringList&);
void addSurveyPeopleOptions(QCommandLineParser&);
int runSurveyPeople(CliContext&, const QCommandLineParser&, const QStringList&);

// SurveySummaryCommand.cpp: a campaign's summary as JSON or PDF.
void addSurveySummaryOptions(QCommandLineParser&);
int runSurveySummary(CliContext&, const QCommandLineParser&, const QStringList&);

// SurveyLettersCommand.cpp: invitation letters (PDF) and the email list (CSV).
void addSurveyLettersOptions(QCommandLineParser&);
int runSurveyLetters(CliContext&, const QCommandLineParser&, const QStringList&);

} // namespace parcours
