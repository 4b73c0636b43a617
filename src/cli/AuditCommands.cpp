// Issue 5 (audit): audit verify, audit list, audit purge.
#include "AppContext.h"
#include "AuditService.h"
#include "CliCommands.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace parcours {

namespace {

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QJsonObject toJson(const AuditEntry& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("at"), e.atUtc.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("user"), e.userLogin},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("entity"), e.entity}};
    if (e.entityId != 0)
        o.insert(QStringLiteral("entityId"), e.entityId);
    if (!e.entityKey.isEmpty())
        o.insert(QStringLiteral("entityKey"), e.entityKey);
    if (e.personId != 0)
        o.insert(QStringLiteral("personId"), e.personId);
    if (!e.field.isEmpty())
        o.insert(QStringLiteral("field"), e.field);
    if (!e.oldValue.isEmpty())
        o.insert(QStringLiteral("old"), e.oldValue);
    if (!e.newValue.isEmpty())
        o.insert(QStringLiteral("new"), e.newValue);
    if (e.redacted)
        o.insert(QStringLiteral("redacted"), true);
    return o;
}

int runVerify(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli audit verify [--json]"));
        return ExitUsage;
    }
    const AuditVerification v = AuditService(cli.app()).verify();
    if (cli.json()) {
        QJsonObject o{{QStringLiteral("intact"), v.intact},
                      {QStringLiteral("checkedRows"), v.checkedRows},
                      {QStringLiteral("redactedRows"), v.redactedRows},
                      {QStringLiteral("unsealedRows"), v.unsealedRows},
                      {QStringLiteral("message"), v.message}};
        if (!v.intact)
            o.insert(QStringLiteral("firstBrokenId"), v.firstBrokenId);
        CliContext::outJson(QJsonDocument(o));
    } else if (v.intact) {
        CliContext::out(v.message);
    } else {
        CliContext::err(v.message + QLatin1Char(' ') +
                        QCoreApplication::translate("parcours-cli",
                                                    "Keep this file for investigation and restore the latest "
                                                    "backup whose audit trail verifies."));
    }
    return v.intact ? ExitOk : ExitBadInput;
}

void addListOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("parcours-cli", "Only what concerns this childminder."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("action"),
         QCoreApplication::translate("parcours-cli", "Only this action (create, update, delete, read, "
                                                     "export, purge...)."),
         QStringLiteral("ACTION")});
    parser.addOption({QStringLiteral("since"),
                      QCoreApplication::translate("parcours-cli", "Only rows from this date on."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("limit"),
         QCoreApplication::translate("parcours-cli", "At most this many rows, newest first (100)."),
         QStringLiteral("N")});
}

QDate parseDate(const QString& text)
{
    QDate d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    return d.isValid() ? d : QDate::fromString(text, Qt::ISODate);
}

int runList(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    // --user is the global sign-in option, so the filter on a user is --by.
    AuditQuery query;
    bool ok = args.isEmpty();
    if (parser.isSet(QStringLiteral("person"))) {
        query.personId = parser.value(QStringLiteral("person")).toLongLong(&ok);
        ok = ok && query.personId > 0 && args.isEmpty();
    }
    if (parser.isSet(QStringLiteral("action")))
        query.action = parser.value(QStringLiteral("action"));
    if (parser.isSet(QStringLiteral("since"))) {
        const QDate since = parseDate(parser.value(QStringLiteral("since")));
        ok = ok && since.isValid();
        query.fromUtc = QDateTime(since, QTime(0, 0)).toUTC();
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool limitOk = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
        ok = ok && limitOk && query.limit > 0;
    }
    if (!ok) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli audit list [--person ID] [--by LOGIN] [--action ACTION] "
                            "[--since DATE] [--limit N] [--json] (dates as dd/mm/yyyy or yyyy-mm-dd)."));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("by")))
        query.userLogin = parser.value(QStringLiteral("by"));
    AuditService audit(cli.app());
    const auto rows = audit.page(query);
    if (cli.json()) {
        QJsonArray array;
        for (const auto& e : rows)
            array.append(toJson(e));
        CliContext::outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("entries"), array}, {QStringLiteral("total"), audit.count(query)}}));
        return ExitOk;
    }
    for (const auto& e : rows) {
        QString what = AuditService::entityLabel(e.entity);
        if (e.entityId != 0)
            what += QStringLiteral(" #%1").arg(e.entityId);
        QString change;
        if (!e.field.isEmpty())
            change = AuditService::fieldLabel(e.field) + QStringLiteral(" : ");
        if (e.redacted)
            change += QCoreApplication::translate("parcours-cli", "(values removed by an anonymisation)");
        else if (!e.oldValue.isEmpty() || e.action == QLatin1String("update"))
            change += e.oldValue + QStringLiteral(" → ") + e.newValue;
        else
            change += e.newValue;
        CliContext::out(
            QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                .arg(e.id)
                .arg(localTime(e.atUtc), e.userLogin, AuditService::actionLabel(e.action), what, change));
    }
    return ExitOk;
}

void addListAndByOptions(QCommandLineParser& parser)
{
    addListOptions(parser);
    parser.addOption({QStringLiteral("by"),
                      QCoreApplication::translate("parcours-cli", "Only this user's rows."),
                      QStringLiteral("LOGIN")});
}

void addPurgeOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("parcours-cli", "Count the rows a purge would delete, delete "
                                                     "nothing.")});
}

int runPurge(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli audit purge [--dry-run]"));
        return ExitUsage;
    }
    AuditService audit(cli.app());
    const QDateTime cutOff = audit.purgeCutOff();
    if (!cutOff.isValid()) {
        CliContext::out(QCoreApplication::translate(
            "parcours-cli", "The audit retention period is 0 (keep for ever): nothing to purge."));
        return ExitOk;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const qint64 rows = dryRun ? audit.purgeCandidates() : audit.purge().purgedRows;
    if (cli.json()) {
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), dryRun},
                                      {QStringLiteral("rows"), rows},
                                      {QStringLiteral("cutOff"), cutOff.toString(Qt::ISODate)}}));
        return ExitOk;
    }
    const QString when = cutOff.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"));
    CliContext::out(
        dryRun ? QCoreApplication::translate("parcours-cli", "%1 audit row(s) older than %2 would be purged.")
                     .arg(rows)
                     .arg(when)
               : QCoreApplication::translate("parcours-cli",
                                             "%1 audit row(s) older than %2 purged; the purge is "
                                             "recorded in the trail.")
                     .arg(rows)
                     .arg(when));
    return ExitOk;
}

void noOptions(QCommandLineParser&) {}

} // namespace

QList<CliCommand> auditCommands()
{
    return {
        {QStringLiteral("audit verify"),
         QCoreApplication::translate("parcours-cli",
                                     "audit verify [--json]: checks the audit trail's hash chain "
                                     "(exit 0 intact, 2 broken)."),
         &noOptions, &runVerify},
        {QStringLiteral("audit list"),
         QCoreApplication::translate("parcours-cli",
                                     "audit list [--person ID] [--by LOGIN] [--action ACTION] "
                                     "[--since DATE] [--limit N] [--json]: the audit trail, newest "
                                     "first."),
         &addListAndByOptions, &runList},
        {QStringLiteral("audit purge"),
         QCoreApplication::translate("parcours-cli",
                                     "audit purge [--dry-run]: deletes the audit rows older than "
                                     "the retention period (a rule setting)."),
         &addPurgeOptions, &runPurge},
    };
}

} // namespace parcours
