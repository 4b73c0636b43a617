// training list, enrol and attend: the training catalogue from scripts.
#include "AppContext.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "Clock.h"
#include "TrainingRepository.h"
#include "TrainingService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace parcours {

namespace {
// Dates as people type them (dd/MM/yyyy) or as scripts write them (yyyy-MM-dd).
QDate parseDate(const QString& text, bool* ok)
{
    QDate d = QDate::fromString(text.trimmed(), QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    *ok = d.isValid();
    return d;
}

QString display(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString kindKeys()
{
    QStringList keys;
    for (auto k : allTrainingKinds())
        keys << trainingKindKey(k);
    return keys.join(QStringLiteral(", "));
}

QJsonObject toJson(const TrainingSessionRow& row)
{
    const TrainingSession& s = row.session;
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("courseId"), s.courseId},
        {QStringLiteral("course"), row.courseTitle},
        {QStringLiteral("kind"), trainingKindKey(row.kind)},
        {QStringLiteral("organisation"), row.organisationName},
        {QStringLiteral("start"), s.startDate.toString(Qt::ISODate)},
        {QStringLiteral("end"), s.endDate.toString(Qt::ISODate)},
        {QStringLiteral("hours"), s.hours},
        {QStringLiteral("place"), s.place},
        {QStringLiteral("relay"), row.relayName},
        {QStringLiteral("capacity"), s.capacity},
        {QStringLiteral("enrolled"), row.enrolled},
        {QStringLiteral("wishes"), row.wishes},
        // null when the session has no limit
        {QStringLiteral("placesLeft"), row.placesLeft() < 0 ? QJsonValue() : QJsonValue(row.placesLeft())}};
}

int badInput(const FieldErrors& errors)
{
    for (const auto& e : errors)
        CliContext::err(e.message);
    return ExitBadInput;
}

void addListOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("parcours-cli", "Sessions ending on or after this date."),
                      QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("parcours-cli", "Sessions starting on or before this date."),
         QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("kind"),
                      QCoreApplication::translate("parcours-cli", "Kind: %1.").arg(kindKeys()),
                      QStringLiteral("KEY")});
}

int runList(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    TrainingSessionFilter filter;
    bool ok = args.isEmpty();
    if (parser.isSet(QStringLiteral("from"))) {
        bool dateOk = false;
        filter.from = parseDate(parser.value(QStringLiteral("from")), &dateOk);
        ok = ok && dateOk;
    }
    if (parser.isSet(QStringLiteral("to"))) {
        bool dateOk = false;
        filter.to = parseDate(parser.value(QStringLiteral("to")), &dateOk);
        ok = ok && dateOk;
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        filter.kind = trainingKindFromKey(parser.value(QStringLiteral("kind")));
        ok = ok && filter.kind.has_value();
    }
    if (!ok) {
        CliContext::err(
            QCoreApplication::translate(
                "parcours-cli",
                "Usage: parcours-cli training list [--from DATE] [--to DATE] [--kind KEY] [--json] "
                "(dates as dd/mm/yyyy or yyyy-mm-dd; kinds: %1).")
                .arg(kindKeys()));
        return ExitUsage;
    }
    TrainingRepository& repo = cli.app().trainings();
    filter.today = cli.clock().today();
    filter.limit = 500;
    QJsonArray rows;
    // Page by page: a national catalogue is never loaded at once.
    for (filter.offset = 0;; filter.offset += filter.limit) {
        const auto page = repo.sessions(filter);
        for (const auto& row : page) {
            if (cli.json()) {
                rows.append(toJson(row));
                continue;
            }
            const QString places = row.placesLeft() < 0
                                       ? QCoreApplication::translate("parcours-cli", "no limit")
                                       : QCoreApplication::translate("parcours-cli", "%1 place(s) left of %2")
                                             .arg(row.placesLeft())
                                             .arg(row.session.capacity);
            CliContext::out(QStringLiteral("%1\t%2 – %3\t%4\t%5 h\t%6\t%7")
                                .arg(row.session.id)
                                .arg(display(row.session.startDate), display(row.session.endDate),
                                     row.courseTitle, QLocale().toString(row.session.hours),
                                     row.session.place, places));
        }
        if (page.size() < filter.limit)
            break;
    }
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("sessions"), rows}}));
    return ExitOk;
}

bool twoIds(const QStringList& args, qint64* session, qint64* person)
{
    bool a = false;
    bool b = false;
    *session = args.value(0).toLongLong(&a);
    *person = args.value(1).toLongLong(&b);
    return args.size() == 2 && a && b && *session > 0 && *person > 0;
}

void addEnrolOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("parcours-cli", "wish or enrolled (default: enrolled)."),
                      QStringLiteral("STATUS"), QStringLiteral("enrolled")});
}

int runEnrol(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    qint64 sessionId = 0;
    qint64 personId = 0;
    const auto status = enrolmentStatusFromKey(parser.value(QStringLiteral("status")));
    if (!twoIds(args, &sessionId, &personId) || !status ||
        !EnrolmentRules::initialStatuses().contains(*status)) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli",
            "Usage: parcours-cli training enrol SESSION_ID PERSON_ID [--status wish|enrolled]."));
        return ExitUsage;
    }
    Enrolment created;
    const FieldErrors errors = TrainingService(cli.app()).enrol(sessionId, personId, *status, &created);
    if (!errors.isEmpty())
        return badInput(errors);
    if (cli.json())
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), created.id},
                                      {QStringLiteral("status"), enrolmentStatusKey(created.status)}}));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Enrolment recorded (n° %1): %2.")
                            .arg(created.id)
                            .arg(enrolmentStatusLabel(created.status)));
    return ExitOk;
}

void addAttendOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("hours"),
         QCoreApplication::translate("parcours-cli", "Hours done (default: the session's hours)."),
         QStringLiteral("H")});
}

int runAttend(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    qint64 sessionId = 0;
    qint64 personId = 0;
    std::optional<double> hours;
    bool ok = twoIds(args, &sessionId, &personId);
    if (parser.isSet(QStringLiteral("hours"))) {
        bool hoursOk = false;
        QString text = parser.value(QStringLiteral("hours"));
        hours = text.replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&hoursOk);
        ok = ok && hoursOk;
    }
    if (!ok) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli training attend SESSION_ID PERSON_ID [--hours H]."));
        return ExitUsage;
    }
    AppContext& app = cli.app();
    const auto enrolment = app.trainings().enrolmentOf(sessionId, personId, 0);
    if (!enrolment) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli",
                                        "Childminder %1 is not on the list of session %2: enrol her first "
                                        "(training enrol %2 %1).")
                .arg(personId)
                .arg(sessionId));
        return ExitBadInput;
    }
    const FieldErrors errors = TrainingService(app).recordAttendance(enrolment->id, hours);
    if (!errors.isEmpty())
        return badInput(errors);
    const auto stored = app.trainings().findEnrolment(enrolment->id);
    if (cli.json())
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), stored->id},
                                      {QStringLiteral("status"), enrolmentStatusKey(stored->status)},
                                      {QStringLiteral("hoursDone"), stored->hoursDone}}));
    else
        CliContext::out(QCoreApplication::translate("parcours-cli", "Attendance recorded: %1 h.")
                            .arg(QLocale().toString(stored->hoursDone)));
    return ExitOk;
}
} // namespace

QList<CliCommand> trainingCommands()
{
    return {
        {QStringLiteral("training list"),
         QCoreApplication::translate("parcours-cli", "training list [--from DATE] [--to DATE] [--kind KEY]   "
                                                     "sessions and places left"),
         &addListOptions, &runList},
        {QStringLiteral("training enrol"),
         QCoreApplication::translate("parcours-cli", "training enrol SESSION_ID PERSON_ID [--status "
                                                     "wish|enrolled]   enrol a childminder"),
         &addEnrolOptions, &runEnrol},
        {QStringLiteral("training attend"),
         QCoreApplication::translate("parcours-cli", "training attend SESSION_ID PERSON_ID [--hours H]   "
                                                     "record her attendance"),
         &addAttendOptions, &runAttend},
    };
}

} // namespace parcours
