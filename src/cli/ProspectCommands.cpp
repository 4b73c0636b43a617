// prospects funnel, list, add, advance and drop: promotion of the profession from scripts.
#include "AppContext.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "Clock.h"
#include "ProspectService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace parcours {

namespace {
// Dates as people type them (dd/MM/yyyy) or as scripts write them (yyyy-MM-dd).
QDate parseDate(const QString& text)
{
    QDate d = QDate::fromString(text.trimmed(), QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    return d;
}

// An optional date option: true when absent or valid.
bool dateOption(const QCommandLineParser& parser, const QString& name, QDate* date)
{
    if (!parser.isSet(name))
        return true;
    *date = parseDate(parser.value(name));
    return date->isValid();
}

QString channelKeys()
{
    QStringList keys;
    for (auto c : allProspectChannels())
        keys << prospectChannelKey(c);
    return keys.join(QStringLiteral(", "));
}

QString stageKeys()
{
    QStringList keys;
    for (auto s : allProspectStages())
        keys << prospectStageKey(s);
    return keys.join(QStringLiteral(", "));
}

QString isoOrNull(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const FunnelSeries& s)
{
    QJsonArray stages;
    for (int i = 0; i < s.stages.size(); ++i) {
        const FunnelStageRow& row = s.stages.at(i);
        QJsonObject o{{QStringLiteral("stage"), prospectStageKey(row.stage)},
                      {QStringLiteral("label"), prospectStageLabel(row.stage)},
                      {QStringLiteral("reached"), row.reached},
                      {QStringLiteral("shareOfTotal"), row.shareOfTotal}};
        // The first stage has no previous one to convert from.
        o.insert(QStringLiteral("conversion"), i == 0 ? QJsonValue() : QJsonValue(row.conversion));
        stages.append(o);
    }
    QJsonObject out{{QStringLiteral("total"), s.total},
                    {QStringLiteral("dropped"), s.dropped},
                    {QStringLiteral("stages"), stages}};
    if (s.channel)
        out.insert(QStringLiteral("channel"), prospectChannelKey(*s.channel));
    return out;
}

QJsonObject toJson(const Prospect& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("lastName"), p.lastName},
        {QStringLiteral("firstName"), p.firstName},
        {QStringLiteral("commune"), p.communeName},
        {QStringLiteral("channel"), prospectChannelKey(p.channel)},
        {QStringLiteral("stage"), prospectStageKey(p.stage)},
        {QStringLiteral("stageDate"), isoOrNull(p.stageDate)},
        {QStringLiteral("firstContact"), isoOrNull(p.firstContact)},
        {QStringLiteral("droppedReason"), p.droppedReason},
        {QStringLiteral("childminderId"), p.childminderId > 0 ? QJsonValue(p.childminderId) : QJsonValue()}};
}

int reportErrors(const FieldErrors& errors)
{
    for (const auto& e : errors)
        CliContext::err(e.message);
    return ExitBadInput;
}

void addFunnelOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("parcours-cli", "First contact on or after (dd/MM/yyyy)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("parcours-cli", "First contact on or before (dd/MM/yyyy)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("channel"),
                      QCoreApplication::translate("parcours-cli", "Only one channel: %1.").arg(channelKeys()),
                      QStringLiteral("KEY")});
}

int runFunnel(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    QDate from;
    QDate to;
    std::optional<ProspectChannel> channel;
    if (parser.isSet(QStringLiteral("channel")))
        channel = prospectChannelFromKey(parser.value(QStringLiteral("channel")));
    if (!args.isEmpty() || !dateOption(parser, QStringLiteral("from"), &from) ||
        !dateOption(parser, QStringLiteral("to"), &to) ||
        (parser.isSet(QStringLiteral("channel")) && !channel)) {
        CliContext::err(QCoreApplication::translate(
                            "parcours-cli",
                            "Usage: parcours-cli prospects funnel [--from DATE] [--to DATE] [--channel KEY] "
                            "(dates dd/MM/yyyy or yyyy-MM-dd; channels: %1).")
                            .arg(channelKeys()));
        return ExitUsage;
    }
    if (from.isValid() && to.isValid() && from > to) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "The period ends before it starts: check --from and --to."));
        return ExitUsage;
    }
    const FunnelReport report = ProspectService(cli.app()).funnel(from, to, channel);
    if (cli.json()) {
        QJsonObject out = toJson(report.overall);
        out.insert(QStringLiteral("from"), isoOrNull(from));
        out.insert(QStringLiteral("to"), isoOrNull(to));
        QJsonArray channels;
        for (const auto& s : report.byChannel)
            channels.append(toJson(s));
        out.insert(QStringLiteral("byChannel"), channels);
        CliContext::outJson(QJsonDocument(out));
        return ExitOk;
    }
    CliContext::out(QCoreApplication::translate("parcours-cli", "Prospects: %1, of whom dropped out: %2")
                        .arg(report.overall.total)
                        .arg(report.overall.dropped));
    for (int i = 0; i < report.overall.stages.size(); ++i) {
        const FunnelStageRow& row = report.overall.stages.at(i);
        if (i == 0)
            CliContext::out(QCoreApplication::translate("parcours-cli", "%1: %2")
                                .arg(prospectStageLabel(row.stage))
                                .arg(row.reached));
        else
            CliContext::out(QCoreApplication::translate("parcours-cli", "%1: %2 (%3 % of the previous stage)")
                                .arg(prospectStageLabel(row.stage))
                                .arg(row.reached)
                                .arg(qRound(row.conversion * 100)));
    }
    return ExitOk;
}

void addListOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("stage"),
                      QCoreApplication::translate("parcours-cli", "Only one stage: %1.").arg(stageKeys()),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("channel"),
                      QCoreApplication::translate("parcours-cli", "Only one channel: %1.").arg(channelKeys()),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("search"),
                      QCoreApplication::translate("parcours-cli", "Name, commune, email or phone."),
                      QCoreApplication::translate("parcours-cli", "TEXT")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("parcours-cli", "At most N prospects (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
}

int runList(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    ProspectQuery query;
    bool ok = args.isEmpty();
    if (parser.isSet(QStringLiteral("stage"))) {
        query.stage = prospectStageFromKey(parser.value(QStringLiteral("stage")));
        ok = ok && query.stage.has_value();
    }
    if (parser.isSet(QStringLiteral("channel"))) {
        query.channel = prospectChannelFromKey(parser.value(QStringLiteral("channel")));
        ok = ok && query.channel.has_value();
    }
    bool limitOk = false;
    query.limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    query.text = parser.value(QStringLiteral("search"));
    if (!ok || !limitOk || query.limit <= 0) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli",
                                        "Usage: parcours-cli prospects list [--stage KEY] [--channel KEY] "
                                        "[--search TEXT] [--limit N] (stages: %1).")
                .arg(stageKeys()));
        return ExitUsage;
    }
    ProspectService service(cli.app());
    const QList<Prospect> prospects = service.page(query);
    const int total = service.count(query);
    if (cli.json()) {
        QJsonArray rows;
        for (const auto& p : prospects)
            rows.append(toJson(p));
        CliContext::outJson(QJsonDocument(
            QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("prospects"), rows}}));
        return ExitOk;
    }
    for (const auto& p : prospects)
        CliContext::out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                            .arg(p.id)
                            .arg(p.displayName(), p.communeName, prospectStageLabel(p.stage),
                                 prospectChannelLabel(p.channel)));
    CliContext::out(
        QCoreApplication::translate("parcours-cli", "%1 prospect(s) of %2").arg(prospects.size()).arg(total));
    return ExitOk;
}

void addAddOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("last-name"),
                      QCoreApplication::translate("parcours-cli", "Her surname."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption({QStringLiteral("first-name"),
                      QCoreApplication::translate("parcours-cli", "Her first name."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption({QStringLiteral("phone"), QCoreApplication::translate("parcours-cli", "Phone number."),
                      QStringLiteral("PHONE")});
    parser.addOption({QStringLiteral("email"), QCoreApplication::translate("parcours-cli", "Email address."),
                      QStringLiteral("EMAIL")});
    parser.addOption({QStringLiteral("commune"), QCoreApplication::translate("parcours-cli", "Commune."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption({QStringLiteral("postal-code"),
                      QCoreApplication::translate("parcours-cli", "Postal code."), QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("channel"),
         QCoreApplication::translate("parcours-cli", "How she heard of the job: %1.").arg(channelKeys()),
         QStringLiteral("KEY"), QStringLiteral("other")});
    parser.addOption(
        {QStringLiteral("first-contact"),
         QCoreApplication::translate("parcours-cli", "Date of the first contact (default: today)."),
         QStringLiteral("DATE")});
}

int runAdd(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    Prospect p;
    p.firstContact = cli.clock().today();
    const auto channel = prospectChannelFromKey(parser.value(QStringLiteral("channel")));
    if (!args.isEmpty() || !channel ||
        !dateOption(parser, QStringLiteral("first-contact"), &p.firstContact)) {
        CliContext::err(QCoreApplication::translate(
                            "parcours-cli",
                            "Usage: parcours-cli prospects add --last-name NAME --first-name NAME "
                            "[--phone P] [--email E] [--commune C] [--postal-code CODE] "
                            "[--channel KEY] [--first-contact DATE] (channels: %1).")
                            .arg(channelKeys()));
        return ExitUsage;
    }
    p.channel = *channel;
    p.lastName = parser.value(QStringLiteral("last-name"));
    p.firstName = parser.value(QStringLiteral("first-name"));
    p.phone = parser.value(QStringLiteral("phone"));
    p.email = parser.value(QStringLiteral("email"));
    p.communeName = parser.value(QStringLiteral("commune"));
    p.postalCode = parser.value(QStringLiteral("postal-code"));
    const FieldErrors errors = ProspectService(cli.app()).save(p);
    if (!errors.isEmpty())
        return reportErrors(errors);
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), p.id}}));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Prospect recorded (n° %1).").arg(p.id));
    return ExitOk;
}

void addAdvanceOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("stage"),
         QCoreApplication::translate("parcours-cli", "The stage she reached: %1 (default: the next one).")
             .arg(stageKeys()),
         QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("parcours-cli", "When (default: today)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("parcours-cli", "Why she dropped out (stage dropped)."),
                      QCoreApplication::translate("parcours-cli", "TEXT")});
}

int runAdvance(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool idOk = false;
    const qint64 id = args.value(0).toLongLong(&idOk);
    std::optional<ProspectStage> stage;
    if (parser.isSet(QStringLiteral("stage")))
        stage = prospectStageFromKey(parser.value(QStringLiteral("stage")));
    QDate date;
    if (args.size() != 1 || !idOk || (parser.isSet(QStringLiteral("stage")) && !stage) ||
        !dateOption(parser, QStringLiteral("date"), &date)) {
        CliContext::err(QCoreApplication::translate("parcours-cli",
                                                    "Usage: parcours-cli prospects advance ID [--stage KEY] "
                                                    "[--date DATE] [--reason TEXT] (stages: %1).")
                            .arg(stageKeys()));
        return ExitUsage;
    }
    ProspectService service(cli.app());
    const FieldErrors errors = !stage ? service.advanceToNext(id, date)
                               : *stage == ProspectStage::Dropped
                                   ? service.drop(id, parser.value(QStringLiteral("reason")), date)
                                   : service.advance(id, *stage, date);
    if (!errors.isEmpty())
        return reportErrors(errors);
    const auto p = service.find(id);
    if (cli.json())
        CliContext::outJson(QJsonDocument(toJson(*p)));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Stage recorded: %1.")
                            .arg(prospectStageLabel(p->stage)));
    return ExitOk;
}
} // namespace

QList<CliCommand> prospectCommands()
{
    return {
        {QStringLiteral("prospects funnel"),
         QCoreApplication::translate("parcours-cli",
                                     "prospects funnel [--from DATE] [--to DATE] [--channel KEY]   "
                                     "the prospect funnel with conversion rates"),
         &addFunnelOptions, &runFunnel},
        {QStringLiteral("prospects list"),
         QCoreApplication::translate("parcours-cli",
                                     "prospects list [--stage KEY] [--channel KEY] [--search TEXT]   "
                                     "prospects by name"),
         &addListOptions, &runList},
        {QStringLiteral("prospects add"),
         QCoreApplication::translate("parcours-cli",
                                     "prospects add --last-name NAME --first-name NAME [--channel KEY]   "
                                     "record a prospect"),
         &addAddOptions, &runAdd},
        {QStringLiteral("prospects advance"),
         QCoreApplication::translate("parcours-cli", "prospects advance ID [--stage KEY] [--date DATE]   "
                                                     "record the stage a prospect reached"),
         &addAdvanceOptions, &runAdvance},
    };
}

} // namespace parcours
