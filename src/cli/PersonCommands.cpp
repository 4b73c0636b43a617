// person export, isolation: a childminder's file (PDF or JSON) and the
// isolation watch, for scripts and partners.
#include "AccessRequestService.h"
#include "AppContext.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "IsolationService.h"
#include "PersonFileJson.h"
#include "PersonFilePdf.h"
#include "PersonFileService.h"
#include "RelayRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace parcours {

namespace {

QString exportUsage()
{
    return QCoreApplication::translate("parcours-cli",
                                       "Usage: parcours-cli person export ID --format pdf|json [--out FILE]");
}

void addPersonExportOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("parcours-cli", "pdf or json (default: pdf when --out ends "
                                                                  "in .pdf, json otherwise)."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("parcours-cli", "Output file (default: standard output)."),
                      QCoreApplication::translate("parcours-cli", "FILE")});
}

int runPersonExport(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool idOk = false;
    const qint64 id = args.size() == 1 ? args.front().toLongLong(&idOk) : 0;
    const QString out = parser.value(QStringLiteral("out"));
    QString format = parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? QStringLiteral("pdf")
                                                                          : QStringLiteral("json");
    const bool pdf = format == QLatin1String("pdf");
    if (!idOk || id <= 0 || (!pdf && format != QLatin1String("json"))) {
        CliContext::err(exportUsage());
        return ExitUsage;
    }
    if (pdf && out.isEmpty()) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "A PDF needs a file name: add --out FILE.pdf.") +
            QLatin1Char('\n') + exportUsage());
        return ExitUsage;
    }
    AppContext& app = cli.app();
    // The whole file, raw tables and audit entries included: this export
    // answers a right-of-access request (issue 5). Logged as an export.
    const auto file = AccessRequestService(app).build(id, format);
    if (!file) {
        CliContext::err(QCoreApplication::translate("parcours-cli",
                                                    "There is no childminder number %1. Find her "
                                                    "number with \"parcours-cli search NAME\".")
                            .arg(id));
        return ExitBadInput;
    }
    QString error;
    if (pdf) {
        // main() creates a QGuiApplication for this command (fonts).
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            CliContext::err(QCoreApplication::translate(
                "parcours-cli", "This build cannot write PDF files. Use --format json."));
            return ExitUsage;
        }
        PersonFilePdf writer;
        writer.setIdentity(app.serviceIdentity());
        error = writer.write(*file, out);
    } else {
        error = CliContext::writeOutput(personFileJsonText(*file), out);
    }
    if (!error.isEmpty()) {
        CliContext::err(error);
        return ExitBadInput;
    }
    if (!out.isEmpty()) {
        if (cli.json())
            CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("file"), out},
                                                          {QStringLiteral("format"), format},
                                                          {QStringLiteral("id"), id}}));
        else
            CliContext::err(QCoreApplication::translate("parcours-cli", "File of %1 written to %2.")
                                .arg(file->displayName, QDir::toNativeSeparators(out)));
    }
    return ExitOk;
}

void addIsolationOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("rpe"),
                      QCoreApplication::translate("parcours-cli", "List the isolated childminders of this "
                                                                  "relay (id; 0: those with no relay)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("parcours-cli", "At most this many people (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

int runIsolation(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool relayOk = true;
    const bool oneRelay = parser.isSet(QStringLiteral("rpe"));
    const qint64 relayId = oneRelay ? parser.value(QStringLiteral("rpe")).toLongLong(&relayOk) : 0;
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!args.isEmpty() || !relayOk || relayId < 0 || !limitOk || limit <= 0) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli isolation [--rpe ID] [--limit N] [--json]"));
        return ExitUsage;
    }
    AppContext& app = cli.app();
    const IsolationService isolation(app);
    const QDate since = isolation.windowStart();
    if (!oneRelay) {
        const auto rows = isolation.byRelay();
        if (cli.json()) {
            QJsonArray relays;
            for (const auto& r : rows)
                relays.append(QJsonObject{{QStringLiteral("rpe"), r.relayId},
                                          {QStringLiteral("name"), r.relayName},
                                          {QStringLiteral("active"), r.active},
                                          {QStringLiteral("isolated"), r.isolated}});
            CliContext::outJson(
                QJsonDocument(QJsonObject{{QStringLiteral("since"), dateText(since)},
                                          {QStringLiteral("months"), app.rules().isolationMonths},
                                          {QStringLiteral("relays"), relays}}));
            return ExitOk;
        }
        CliContext::out(
            QCoreApplication::translate("parcours-cli", "Isolated since %1 (RPE: isolated / active)")
                .arg(since.toString(QStringLiteral("dd/MM/yyyy"))));
        for (const auto& r : rows)
            CliContext::out(
                QStringLiteral("%1\t%2\t%3 / %4")
                    .arg(r.relayId)
                    .arg(r.relayId == 0 ? QCoreApplication::translate("parcours-cli", "No RPE") : r.relayName)
                    .arg(r.isolated)
                    .arg(r.active));
        return ExitOk;
    }
    if (relayId > 0 && !app.relays().find(relayId)) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli",
                                        "There is no RPE number %1. Check the number in the list of RPEs.")
                .arg(relayId));
        return ExitBadInput;
    }
    const auto people = isolation.isolated(relayId, 0, limit);
    if (cli.json()) {
        QJsonArray list;
        for (const auto& p : people)
            list.append(QJsonObject{{QStringLiteral("id"), p.childminderId},
                                    {QStringLiteral("name"), p.name},
                                    {QStringLiteral("commune"), p.communeName},
                                    {QStringLiteral("phone"), p.phone},
                                    {QStringLiteral("lastActivity"), dateText(p.lastActivity)},
                                    {QStringLiteral("lastContact"), dateText(p.lastContact)}});
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("since"), dateText(since)},
                                                      {QStringLiteral("rpe"), relayId},
                                                      {QStringLiteral("total"), isolation.count(relayId)},
                                                      {QStringLiteral("people"), list}}));
        return ExitOk;
    }
    for (const auto& p : people)
        CliContext::out(
            QStringLiteral("%1\t%2\t%3\t%4").arg(p.childminderId).arg(p.name, p.communeName, p.phone));
    return ExitOk;
}

} // namespace

QList<CliCommand> personCommands()
{
    return {
        {QStringLiteral("person export"),
         QCoreApplication::translate("parcours-cli", "person export ID --format pdf|json [--out FILE]   a "
                                                     "childminder's file"),
         &addPersonExportOptions, &runPersonExport},
        {QStringLiteral("isolation"),
         QCoreApplication::translate("parcours-cli", "isolation [--rpe ID] [--limit N] [--json]   the "
                                                     "isolation watch, per RPE or for one RPE"),
         &addIsolationOptions, &runIsolation},
    };
}

} // namespace parcours
