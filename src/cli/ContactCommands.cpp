// contact log, coverage and not-reached: the annual contact from scripts.
#include "AppContext.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "Clock.h"
#include "ContactService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace parcours {

namespace {
template <typename Enum> QString keyList(const QList<Enum>& values, QString (*key)(Enum))
{
    QStringList keys;
    for (auto v : values)
        keys << key(v);
    return keys.join(QStringLiteral(", "));
}

QJsonObject toJson(const CoverageRow& row)
{
    return QJsonObject{{QStringLiteral("id"), row.groupId},
                       {QStringLiteral("group"), row.group},
                       {QStringLiteral("active"), row.active},
                       {QStringLiteral("reached"), row.reached},
                       {QStringLiteral("rate"), row.rate()}};
}

int yearOption(const CliContext& cli, const QCommandLineParser& parser, bool* ok)
{
    if (!parser.isSet(QStringLiteral("year"))) {
        *ok = true;
        return cli.clock().today().year();
    }
    const int year = parser.value(QStringLiteral("year")).toInt(ok);
    *ok = *ok && year >= 2000 && year <= 2100;
    return year;
}
} // namespace

void addContactLogOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("channel"),
                      QCoreApplication::translate("parcours-cli", "How: %1.")
                          .arg(keyList(allContactChannels(), &contactChannelKey)),
                      QStringLiteral("CHANNEL"), QStringLiteral("phone")});
    parser.addOption({QStringLiteral("outcome"),
                      QCoreApplication::translate("parcours-cli", "Outcome: %1.")
                          .arg(keyList(allContactOutcomes(), &contactOutcomeKey)),
                      QStringLiteral("OUTCOME"), QStringLiteral("completed")});
    parser.addOption({QStringLiteral("staff"),
                      QCoreApplication::translate("parcours-cli", "Who had the exchange."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
    parser.addOption({QStringLiteral("at"),
                      QCoreApplication::translate("parcours-cli", "When (yyyy-MM-ddTHH:mm, default: now)."),
                      QStringLiteral("TIME")});
    parser.addOption(
        {QStringLiteral("incoming"),
         QCoreApplication::translate("parcours-cli", "She called or wrote (default: outgoing).")});
    parser.addOption({QStringLiteral("duration"), QCoreApplication::translate("parcours-cli", "Minutes."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("topics"),
                      QCoreApplication::translate("parcours-cli", "Comma-separated: %1.")
                          .arg(keyList(allContactTopics(), &contactTopicKey)),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("notes"),
                      QCoreApplication::translate("parcours-cli", "Notes (no health information)."),
                      QCoreApplication::translate("parcours-cli", "TEXT")});
    parser.addOption({QStringLiteral("follow-up"),
                      QCoreApplication::translate("parcours-cli", "Action to do next."),
                      QCoreApplication::translate("parcours-cli", "TEXT")});
    parser.addOption({QStringLiteral("due"),
                      QCoreApplication::translate("parcours-cli", "Due date of the follow-up (dd/MM/yyyy)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("assignee"),
                      QCoreApplication::translate("parcours-cli", "Who does the follow-up."),
                      QCoreApplication::translate("parcours-cli", "NAME")});
}

int runContactLog(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool idOk = false;
    const qint64 id = args.value(0).toLongLong(&idOk);
    const auto channel = contactChannelFromKey(parser.value(QStringLiteral("channel")));
    const auto outcome = contactOutcomeFromKey(parser.value(QStringLiteral("outcome")));
    bool durationOk = false;
    const int duration = parser.value(QStringLiteral("duration")).toInt(&durationOk);
    QList<ContactTopic> topics;
    bool topicsOk = true;
    for (const auto& key :
         parser.value(QStringLiteral("topics")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto topic = contactTopicFromKey(key.trimmed());
        topicsOk = topicsOk && topic.has_value();
        if (topic)
            topics << *topic;
    }
    QDateTime at = cli.clock().now();
    if (parser.isSet(QStringLiteral("at")))
        at = QDateTime::fromString(parser.value(QStringLiteral("at")), Qt::ISODate);
    if (args.size() != 1 || !idOk || !channel || !outcome || !durationOk || !topicsOk || !at.isValid()) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli contact log ID --staff NAME [--channel C] [--outcome O] "
                            "[--at yyyy-MM-ddTHH:mm] [--topics a,b] [--notes TEXT] [--follow-up TEXT --due "
                            "dd/MM/yyyy --assignee NAME] (see --help for the accepted values)."));
        return ExitUsage;
    }
    ContactEntry entry;
    entry.childminderId = id;
    entry.at = at;
    entry.channel = *channel;
    entry.outcome = *outcome;
    entry.direction =
        parser.isSet(QStringLiteral("incoming")) ? ContactDirection::Incoming : ContactDirection::Outgoing;
    entry.staffMember = parser.value(QStringLiteral("staff"));
    entry.durationMinutes = duration;
    entry.topics = topics;
    entry.notes = parser.value(QStringLiteral("notes"));
    if (parser.isSet(QStringLiteral("follow-up")))
        entry.followUp =
            FollowUp{parser.value(QStringLiteral("follow-up")),
                     QDate::fromString(parser.value(QStringLiteral("due")), QStringLiteral("dd/MM/yyyy")),
                     parser.value(QStringLiteral("assignee")),
                     {}};
    const FieldErrors errors = ContactService(cli.app()).log(entry);
    if (!errors.isEmpty()) {
        for (const auto& e : errors)
            CliContext::err(e.message);
        return ExitBadInput;
    }
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), entry.id}}));
    else
        CliContext::out(
            QCoreApplication::translate("parcours-cli", "Exchange recorded (n° %1).").arg(entry.id));
    return ExitOk;
}

void addCoverageOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("year"),
                      QCoreApplication::translate("parcours-cli", "Year (default: this year)."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("by"),
                      QCoreApplication::translate("parcours-cli", "Break down by relay or staff."),
                      QStringLiteral("relay|staff")});
}

int runCoverage(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool ok = false;
    const int year = yearOption(cli, parser, &ok);
    const QString by = parser.value(QStringLiteral("by"));
    if (!args.isEmpty() || !ok ||
        !(by.isEmpty() || by == QLatin1String("relay") || by == QLatin1String("staff"))) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli coverage [--year YEAR] [--by relay|staff]"));
        return ExitUsage;
    }
    ContactService service(cli.app());
    const CoverageRow total = service.coverage(year);
    const QList<CoverageRow> rows = by == QLatin1String("relay")   ? service.coverageByRelay(year)
                                    : by == QLatin1String("staff") ? service.coverageByStaff(year)
                                                                   : QList<CoverageRow>{};
    if (cli.json()) {
        QJsonArray groups;
        for (const auto& r : rows)
            groups.append(toJson(r));
        QJsonObject out = toJson(total);
        out.remove(QStringLiteral("id"));
        out.remove(QStringLiteral("group"));
        out.insert(QStringLiteral("year"), year);
        out.insert(QStringLiteral("withoutContactFor12Months"), service.withoutContactForAYear());
        if (!by.isEmpty())
            out.insert(QStringLiteral("groups"), groups);
        CliContext::outJson(QJsonDocument(out));
        return ExitOk;
    }
    const QLocale fr;
    auto line = [&](const QString& name, const CoverageRow& r) {
        CliContext::out(QCoreApplication::translate("parcours-cli", "%1: %2 reached of %3 (%4 %)")
                            .arg(name)
                            .arg(r.reached)
                            .arg(r.active)
                            .arg(fr.toString(100.0 * r.rate(), 'f', 0)));
    };
    line(QCoreApplication::translate("parcours-cli", "All %1").arg(year), total);
    for (const auto& r : rows)
        line(r.group.isEmpty() ? QCoreApplication::translate("parcours-cli", "(none)") : r.group, r);
    CliContext::out(QCoreApplication::translate("parcours-cli", "Without an exchange for 12 months: %1")
                        .arg(service.withoutContactForAYear()));
    return ExitOk;
}

void addNotReachedOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("year"),
                      QCoreApplication::translate("parcours-cli", "Year (default: this year)."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("rpe"),
                      QCoreApplication::translate("parcours-cli", "Only this relay (id)."),
                      QStringLiteral("ID"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("parcours-cli", "At most N people (default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
}

int runNotReached(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    bool ok = false;
    const int year = yearOption(cli, parser, &ok);
    bool relayOk = false;
    const qint64 relay = parser.value(QStringLiteral("rpe")).toLongLong(&relayOk);
    const int limit = qBound(1, parser.value(QStringLiteral("limit")).toInt(), 100000);
    if (!args.isEmpty() || !ok || !relayOk) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli not-reached [--year YEAR] [--rpe ID] [--limit N]"));
        return ExitUsage;
    }
    const auto rows = ContactService(cli.app()).notReached(year, relay, 0, limit);
    if (cli.json()) {
        QJsonArray list;
        for (const auto& r : rows)
            list.append(QJsonObject{
                {QStringLiteral("id"), r.childminderId},
                {QStringLiteral("name"), r.displayName},
                {QStringLiteral("commune"), r.communeName},
                {QStringLiteral("relay"), r.relayName},
                {QStringLiteral("phone"), r.phone},
                {QStringLiteral("lastContact"),
                 r.lastContact.isValid() ? QJsonValue(r.lastContact.toString(Qt::ISODate)) : QJsonValue()}});
        CliContext::outJson(QJsonDocument(list));
        return ExitOk;
    }
    for (const auto& r : rows)
        CliContext::out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                            .arg(r.childminderId)
                            .arg(r.displayName, r.communeName, r.phone,
                                 r.lastContact.isValid()
                                     ? r.lastContact.toString(QStringLiteral("dd/MM/yyyy"))
                                     : QCoreApplication::translate("parcours-cli", "never")));
    return ExitOk;
}

} // namespace parcours
