// init, show, alerts and search: the read-mostly commands on the register.
#include "AlertService.h"
#include "AppContext.h"
#include "ChildminderJson.h"
#include "ChildminderService.h"
#include "CliCommands.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace parcours {

namespace {
QString fr(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}
} // namespace

int runInit(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "init takes no argument."));
        return ExitUsage;
    }
    const bool existed = QFileInfo::exists(cli.databasePath());
    cli.database(); // creates and migrates
    // With --user: the very first coordinator (issue 5).
    if (!cli.user().isEmpty()) {
        const int code = createFirstCoordinator(cli);
        if (code != ExitOk)
            return code;
    }
    if (cli.json())
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("database"), cli.database().databasePath()},
                                      {QStringLiteral("created"), !existed}}));
    else
        CliContext::out(existed ? QCoreApplication::translate(
                                      "parcours-cli", "The database %1 already exists; it is up to date.")
                                      .arg(cli.databasePath())
                                : QCoreApplication::translate("parcours-cli", "Database created: %1")
                                      .arg(cli.database().databasePath()));
    return ExitOk;
}

int runShow(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok || id <= 0) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli show ID (a number, as listed by search)."));
        return ExitUsage;
    }
    ChildminderService service(cli.app());
    const auto file = service.open(id);
    if (!file) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "No childminder has the number %1.").arg(id));
        return ExitBadInput;
    }
    if (cli.json()) {
        CliContext::outJson(QJsonDocument(toJson(*file)));
        return ExitOk;
    }
    const Childminder& p = file->person;
    CliContext::out(
        QStringLiteral("%1 (n° %2) — %3").arg(p.displayName()).arg(p.id).arg(statusLabel(p.status)));
    CliContext::out(QCoreApplication::translate("parcours-cli", "Born: %1").arg(fr(p.birthDate)));
    CliContext::out(QCoreApplication::translate("parcours-cli", "Address: %1, %2 %3")
                        .arg(p.address, p.postalCode, p.communeName));
    CliContext::out(
        QCoreApplication::translate("parcours-cli", "Phone: %1   Email: %2").arg(p.phone, p.email));
    CliContext::out(QCoreApplication::translate("parcours-cli", "Relay: %1")
                        .arg(file->relayName.isEmpty() ? QStringLiteral("—") : file->relayName));
    for (const auto& a : file->approvals)
        CliContext::out(
            QCoreApplication::translate("parcours-cli", "Agrément %1: %2 → %3, %4, %5")
                .arg(a.number, fr(a.startDate), fr(a.endDate),
                     QCoreApplication::translate("parcours-cli", "%n place(s)", nullptr, a.places),
                     approvalStatusLabel(a.status)));
    return ExitOk;
}

void addAlertsOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("within-months"),
                      QCoreApplication::translate("parcours-cli",
                                                  "Agréments ending within N months (default: setting, 6)."),
                      QStringLiteral("N")});
}

int runAlerts(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    int months = -1;
    if (parser.isSet(QStringLiteral("within-months"))) {
        bool ok = false;
        months = parser.value(QStringLiteral("within-months")).toInt(&ok);
        if (!ok || months < 0 || months > 120) {
            CliContext::err(QCoreApplication::translate(
                "parcours-cli", "--within-months takes a number of months between 0 and 120."));
            return ExitUsage;
        }
    }
    if (!args.isEmpty()) {
        CliContext::err(QCoreApplication::translate("parcours-cli", "alerts takes no argument."));
        return ExitUsage;
    }
    const auto alerts = AlertService(cli.app()).currentWithTraining(months);
    if (cli.json()) {
        QJsonArray list;
        for (const auto& a : alerts)
            list.append(
                QJsonObject{{QStringLiteral("kind"), alertKindKey(a.kind)},
                            {QStringLiteral("childminderId"),
                             a.childminderId ? QJsonValue(a.childminderId) : QJsonValue()},
                            {QStringLiteral("mamId"), a.mamId ? QJsonValue(a.mamId) : QJsonValue()},
                            {QStringLiteral("subject"), a.subject},
                            {QStringLiteral("date"),
                             a.date.isValid() ? QJsonValue(a.date.toString(Qt::ISODate)) : QJsonValue()},
                            {QStringLiteral("message"), a.message}});
        CliContext::outJson(QJsonDocument(list));
        return ExitOk;
    }
    for (const auto& a : alerts)
        CliContext::out(QStringLiteral("%1  %2  %3").arg(fr(a.date), a.subject, a.message));
    CliContext::out(QCoreApplication::translate("parcours-cli", "%n alert(s).", nullptr, int(alerts.size())));
    return ExitOk;
}

void addSearchOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("parcours-cli", "At most N results (default 50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
}

int runSearch(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    const QString text = args.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli search TEXT (a name, a commune or an approval number)."));
        return ExitUsage;
    }
    ChildminderQuery query;
    query.text = text;
    query.limit = qBound(1, parser.value(QStringLiteral("limit")).toInt(), 10000);
    ChildminderService service(cli.app());
    const auto rows = service.page(query);
    if (cli.json()) {
        QJsonArray list;
        for (const auto& r : rows)
            list.append(toJson(r));
        CliContext::outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("total"), service.count(query)}, {QStringLiteral("results"), list}}));
        return ExitOk;
    }
    for (const auto& r : rows)
        CliContext::out(
            QStringLiteral("%1\t%2 %3\t%4 %5\t%6")
                .arg(r.id)
                .arg(r.surname.toUpper(), r.firstName, r.postalCode, r.communeName, r.approvalNumber));
    CliContext::out(
        QCoreApplication::translate("parcours-cli", "%n result(s).", nullptr, service.count(query)));
    return ExitOk;
}

} // namespace parcours
