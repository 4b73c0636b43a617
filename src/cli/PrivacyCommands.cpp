// Issue 5 (privacy): anonymise, retention run.
#include "AnonymisationService.h"
#include "AppContext.h"
#include "ChildminderRepository.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "RetentionJob.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace parcours {

namespace {

void addAnonymiseOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("yes"),
                      QCoreApplication::translate("parcours-cli", "Do not ask for confirmation (scripts).")});
}

int runAnonymise(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.front().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli anonymise ID [--yes]"));
        return ExitUsage;
    }
    AppContext& app = cli.app();
    const auto person = app.childminders().find(id);
    if (!person) {
        CliContext::err(QCoreApplication::translate("parcours-cli",
                                                    "There is no childminder number %1. Find her "
                                                    "number with \"parcours-cli search NAME\".")
                            .arg(id));
        return ExitBadInput;
    }
    if (!parser.isSet(QStringLiteral("yes"))) {
        CliContext::err(AnonymisationService::confirmationText(person->displayName()));
        CliContext::err(QCoreApplication::translate("parcours-cli", "Type \"%1\" to confirm:")
                            .arg(QCoreApplication::translate("parcours-cli", "yes")));
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed();
        if (answer.compare(QCoreApplication::translate("parcours-cli", "yes"), Qt::CaseInsensitive) != 0) {
            CliContext::err(QCoreApplication::translate("parcours-cli", "Nothing was changed."));
            return ExitBadInput;
        }
    }
    AnonymisationService(app).anonymise(id);
    if (cli.json())
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("anonymised"), true}}));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Childminder %1 anonymised.").arg(id));
    return ExitOk;
}

void addRetentionOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("parcours-cli", "Only list what the rules make due.")});
}

int runRetention(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli retention run [--dry-run] [--json]"));
        return ExitUsage;
    }
    RetentionJob job(cli.app());
    if (parser.isSet(QStringLiteral("dry-run"))) {
        const RetentionPlan plan = job.plan();
        if (cli.json()) {
            CliContext::outJson(QJsonDocument(RetentionJob::planToJson(plan)));
            return ExitOk;
        }
        for (const auto& line : RetentionJob::planSummary(plan))
            CliContext::out(line);
        const auto ids = [](const QList<RetentionItem>& items) {
            QStringList out;
            for (const auto& i : items)
                out << QString::number(i.id);
            return out.join(QLatin1Char(' '));
        };
        if (!plan.toAnonymise.isEmpty())
            CliContext::out(
                QCoreApplication::translate("parcours-cli", "Childminders: %1").arg(ids(plan.toAnonymise)));
        if (!plan.prospectsToDelete.isEmpty())
            CliContext::out(QCoreApplication::translate("parcours-cli", "Prospects: %1")
                                .arg(ids(plan.prospectsToDelete)));
        if (!plan.contactsToClear.isEmpty())
            CliContext::out(
                QCoreApplication::translate("parcours-cli", "Contacts: %1").arg(ids(plan.contactsToClear)));
        CliContext::out(QCoreApplication::translate("parcours-cli", "Dry run: nothing was changed."));
        return ExitOk;
    }
    const RetentionResult result = job.apply();
    if (cli.json()) {
        CliContext::outJson(QJsonDocument(RetentionJob::resultToJson(result)));
        return ExitOk;
    }
    CliContext::out(QCoreApplication::translate("parcours-cli",
                                                "Retention applied: %1 anonymised, %2 prospects deleted, "
                                                "%3 contact notes emptied.")
                        .arg(result.anonymised)
                        .arg(result.prospectsDeleted)
                        .arg(result.contactNotesCleared));
    return ExitOk;
}

} // namespace

QList<CliCommand> privacyCommands()
{
    return {
        {QStringLiteral("anonymise"),
         QCoreApplication::translate("parcours-cli", "anonymise ID [--yes]   remove a childminder's personal "
                                                     "data for good (coordinator)"),
         &addAnonymiseOptions, &runAnonymise},
        {QStringLiteral("retention run"),
         QCoreApplication::translate("parcours-cli", "retention run [--dry-run] [--json]   apply the "
                                                     "retention rules (coordinator)"),
         &addRetentionOptions, &runRetention},
    };
}

} // namespace parcours
