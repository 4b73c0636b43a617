// survey import-lss, import-responses, create, list and people: the yearly
// survey campaigns and their LimeSurvey imports from scripts.
#include "AppContext.h"
#include "CampaignService.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "LimeResponseImporter.h"
#include "LssImporter.h"
#include "QuestionnaireService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

namespace parcours {

namespace {

bool fileExists(const QString& path)
{
    if (QFileInfo(path).isFile())
        return true;
    CliContext::err(
        QCoreApplication::translate("parcours-cli", "The file %1 does not exist. Check its name and folder.")
            .arg(QDir::toNativeSeparators(path)));
    return false;
}

// --year / --campaign: a year, or 0 after printing why not.
int yearValue(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const int year = parser.value(option).toInt(&ok);
    if (ok && year >= 2000 && year <= 2100)
        return year;
    CliContext::err(
        QCoreApplication::translate("parcours-cli", "--%1 needs a year such as 2026.").arg(option));
    return 0;
}

// The campaign of --campaign YEAR, or nothing after printing why not.
std::optional<SurveyCampaign> campaignOption(CliContext& cli, const QCommandLineParser& parser)
{
    const int year = yearValue(parser, QStringLiteral("campaign"));
    if (year == 0)
        return std::nullopt;
    const auto campaign = CampaignService(cli.app()).campaign(year);
    if (!campaign)
        CliContext::err(
            QCoreApplication::translate("parcours-cli",
                                        "There is no %1 campaign. Create it first with \"survey create\".")
                .arg(year));
    return campaign;
}

void printErrors(const FieldErrors& errors)
{
    for (const FieldError& e : errors)
        CliContext::err(QCoreApplication::translate("parcours-cli", "%1: %2").arg(e.field, e.message));
}

QJsonArray issuesJson(const QStringList& lines)
{
    QJsonArray out;
    for (const QString& line : lines)
        out.append(line);
    return out;
}

int questionCount(const QuestionnaireTemplate& questionnaire)
{
    return int(questionnaire.allQuestions().size());
}

void printIssues(const QList<LimeRowIssue>& issues, const char* format)
{
    for (const LimeRowIssue& issue : issues)
        CliContext::out(
            QCoreApplication::translate("parcours-cli", format)
                .arg(issue.line)
                .arg(issue.reference.isEmpty() ? QStringLiteral("-") : issue.reference, issue.reason));
}

} // namespace

int runSurveyImportLss(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (args.size() != 1) {
        CliContext::err(QCoreApplication::translate("parcours-cli",
                                                    "Usage: parcours-cli survey import-lss FILE [--json]"));
        return ExitUsage;
    }
    if (!fileExists(args.front()))
        return ExitBadInput;
    // Read and checked whole before the database is touched: a damaged file
    // throws DomainError (exit 2) with nothing written.
    LssImportResult imported = LssImporter::importFile(args.front());
    const FieldErrors errors = QuestionnaireService(cli.app()).saveNewVersion(imported.questionnaire);
    if (!errors.isEmpty()) {
        printErrors(errors);
        return ExitBadInput;
    }
    const QuestionnaireTemplate& q = imported.questionnaire;
    if (cli.json()) {
        CliContext::outJson(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), q.id},
            {QStringLiteral("name"), q.name},
            {QStringLiteral("version"), q.version},
            {QStringLiteral("sections"), int(q.sections.size())},
            {QStringLiteral("questions"), questionCount(q)},
            {QStringLiteral("surveyTitle"), imported.surveyTitle},
            {QStringLiteral("language"), imported.language},
            {QStringLiteral("dbVersion"), imported.dbVersion},
            {QStringLiteral("notMapped"), issuesJson(imported.notMapped)},
        }));
        return ExitOk;
    }
    CliContext::out(
        QCoreApplication::translate(
            "parcours-cli", "Questionnaire \"%1\" stored as version %2 (questions: %3, sections: %4).")
            .arg(q.name)
            .arg(q.version)
            .arg(questionCount(q))
            .arg(q.sections.size()));
    if (!imported.notMapped.isEmpty()) {
        CliContext::out(QCoreApplication::translate("parcours-cli", "Not imported:"));
        for (const QString& line : imported.notMapped)
            CliContext::out(QStringLiteral("  ") + line);
    }
    return ExitOk;
}

void addSurveyImportResponsesOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("campaign"),
                      QCoreApplication::translate("parcours-cli", "The campaign's year."),
                      QStringLiteral("YEAR")});
    parser.addOption(
        {QStringLiteral("token-column"),
         QCoreApplication::translate(
             "parcours-cli", "The column or question code holding the reference codes (default: token)."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate(
                          "parcours-cli", "Check the file and report, without changing the database.")});
    parser.addOption({QStringLiteral("replace"),
                      QCoreApplication::translate(
                          "parcours-cli", "Replace the responses staff already typed for these people.")});
}

int runSurveyImportResponses(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (args.size() != 1 || !parser.isSet(QStringLiteral("campaign"))) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli survey import-responses FILE --campaign YEAR "
                            "[--token-column NAME] [--dry-run] [--replace] [--json]"));
        return ExitUsage;
    }
    if (!fileExists(args.front()))
        return ExitBadInput;
    const auto campaign = campaignOption(cli, parser);
    if (!campaign)
        return ExitBadInput;
    LimeImportOptions options;
    options.tokenColumn = parser.value(QStringLiteral("token-column"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.replaceExisting = parser.isSet(QStringLiteral("replace"));
    const LimeImportResult result =
        LimeResponseImporter(cli.app()).importFile(campaign->id, args.front(), options);

    if (cli.json()) {
        const QByteArray json = result.toJson();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fputc('\n', stdout);
    } else {
        CliContext::out(options.dryRun
                            ? QCoreApplication::translate("parcours-cli", "Dry run: nothing was written.")
                            : QCoreApplication::translate("parcours-cli", "Import done."));
        CliContext::out(QCoreApplication::translate("parcours-cli",
                                                    "New responses: %1, replaced: %2, skipped: %3, rejected: "
                                                    "%4, answered twice: %5, follow-ups: %6")
                            .arg(result.imported())
                            .arg(result.replaced())
                            .arg(result.skippedCount())
                            .arg(result.rejectedCount())
                            .arg(result.duplicates.size())
                            .arg(result.followUps()));
        printIssues(result.rejected, QT_TRANSLATE_NOOP("parcours-cli", "Line %1 (%2) rejected: %3"));
        printIssues(result.skipped, QT_TRANSLATE_NOOP("parcours-cli", "Line %1 (%2) skipped: %3"));
        printIssues(result.duplicates, QT_TRANSLATE_NOOP("parcours-cli", "Line %1 (%2) not taken: %3"));
        printIssues(result.warnings, QT_TRANSLATE_NOOP("parcours-cli", "Line %1 (%2): %3"));
        if (!result.ignoredColumns.isEmpty()) {
            CliContext::out(QCoreApplication::translate("parcours-cli", "Columns ignored:"));
            for (const QString& column : result.ignoredColumns)
                CliContext::out(QStringLiteral("  ") + column);
        }
    }
    // Rejected lines are bad input even though the valid ones were imported.
    return result.rejected.isEmpty() ? ExitOk : ExitBadInput;
}

void addSurveyCreateOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("year"),
                      QCoreApplication::translate("parcours-cli", "The campaign's year."),
                      QStringLiteral("YEAR")});
    parser.addOption(
        {QStringLiteral("questionnaire"),
         QCoreApplication::translate(
             "parcours-cli", "The questionnaire, NAME or NAME:VERSION (default: the latest version of the "
                             "default questionnaire)."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("rpe"),
         QCoreApplication::translate("parcours-cli", "Only the childminders of this relay (repeatable)."),
         QStringLiteral("ID")});
}

int runSurveyCreate(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("year"))) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli survey create --year YEAR [--questionnaire NAME[:VERSION]] "
                            "[--rpe ID]..."));
        return ExitUsage;
    }
    const int year = yearValue(parser, QStringLiteral("year"));
    if (year == 0)
        return ExitUsage;
    QList<qint64> relayIds;
    for (const QString& value : parser.values(QStringLiteral("rpe"))) {
        bool ok = false;
        relayIds << value.toLongLong(&ok);
        if (!ok || relayIds.back() <= 0) {
            CliContext::err(
                QCoreApplication::translate("parcours-cli", "\"%1\" is not a relay number.").arg(value));
            return ExitUsage;
        }
    }

    AppContext& app = cli.app();
    QuestionnaireService questionnaires(app);
    QString name = parser.value(QStringLiteral("questionnaire")).trimmed();
    int version = 0; // the latest
    if (name.isEmpty()) {
        questionnaires.installDefaultIfMissing();
        name = QuestionnaireService::defaultTemplate().name;
    } else if (const qsizetype colon = name.lastIndexOf(QLatin1Char(':')); colon > 0) {
        bool ok = false;
        const int wanted = name.mid(colon + 1).toInt(&ok);
        if (ok && wanted > 0) {
            version = wanted;
            name = name.left(colon).trimmed();
        }
    }
    qint64 questionnaireId = 0;
    for (const QuestionnaireVersionInfo& info : questionnaires.versions(name))
        if (version == 0 || info.version == version)
            questionnaireId = info.id; // oldest first: the last one seen is the latest
    if (questionnaireId == 0) {
        const QString onFile = questionnaires.names().join(QStringLiteral(", "));
        if (version)
            CliContext::err(
                QCoreApplication::translate(
                    "parcours-cli", "No questionnaire \"%1\" in version %2. Questionnaires on file: %3.")
                    .arg(name)
                    .arg(version)
                    .arg(onFile));
        else
            CliContext::err(QCoreApplication::translate(
                                "parcours-cli", "No questionnaire \"%1\". Questionnaires on file: %2.")
                                .arg(name, onFile));
        return ExitBadInput;
    }

    CampaignService campaigns(app);
    SurveyCampaign created;
    const FieldErrors errors = campaigns.createCampaign(year, questionnaireId, relayIds, &created);
    if (!errors.isEmpty()) {
        printErrors(errors);
        return ExitBadInput;
    }
    const int people = campaigns.countPeople(created.id);
    const auto questionnaire = questionnaires.find(questionnaireId);
    if (cli.json()) {
        CliContext::outJson(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), created.id},
                                      {QStringLiteral("year"), created.year},
                                      {QStringLiteral("questionnaireId"), questionnaireId},
                                      {QStringLiteral("questionnaire"), questionnaire->name},
                                      {QStringLiteral("questionnaireVersion"), questionnaire->version},
                                      {QStringLiteral("people"), people}}));
        return ExitOk;
    }
    CliContext::out(
        QCoreApplication::translate("parcours-cli",
                                    "%1 campaign created with questionnaire \"%2\" version %3: %4 people.")
            .arg(created.year)
            .arg(questionnaire->name)
            .arg(questionnaire->version)
            .arg(people));
    return ExitOk;
}

int runSurveyList(CliContext& cli, const QCommandLineParser&, const QStringList& args)
{
    if (!args.isEmpty()) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "Usage: parcours-cli survey list [--json]"));
        return ExitUsage;
    }
    AppContext& app = cli.app();
    CampaignService campaigns(app);
    QuestionnaireService questionnaires(app);
    QJsonArray list;
    for (const SurveyCampaign& c : campaigns.campaigns()) {
        const QHash<CampaignStatus, int> counts = campaigns.statusCounts(c.id);
        const auto questionnaire = questionnaires.find(c.questionnaireId);
        const QString qName = questionnaire ? questionnaire->name : QString();
        const int qVersion = questionnaire ? questionnaire->version : 0;
        int total = 0;
        QJsonObject statuses;
        QStringList parts;
        for (CampaignStatus status : allCampaignStatuses()) {
            const int n = counts.value(status);
            total += n;
            statuses.insert(campaignStatusKey(status), n);
            if (n > 0)
                parts << QStringLiteral("%1 %2").arg(campaignStatusLabel(status)).arg(n);
        }
        if (cli.json()) {
            QJsonArray relays;
            for (qint64 id : c.scopeRelayIds)
                relays.append(id);
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("year"), c.year},
                                    {QStringLiteral("questionnaire"), qName},
                                    {QStringLiteral("questionnaireVersion"), qVersion},
                                    {QStringLiteral("relayIds"), relays},
                                    {QStringLiteral("people"), total},
                                    {QStringLiteral("statuses"), statuses}});
        } else {
            CliContext::out(QCoreApplication::translate("parcours-cli", "%1  \"%2\" v%3  %4 people: %5")
                                .arg(c.year)
                                .arg(qName)
                                .arg(qVersion)
                                .arg(total)
                                .arg(parts.join(QStringLiteral(", "))));
        }
    }
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("campaigns"), list}}));
    else if (campaigns.campaigns().isEmpty())
        CliContext::out(QCoreApplication::translate("parcours-cli", "No campaign yet."));
    return ExitOk;
}

void addSurveyPeopleOptions(QCommandLineParser& parser)
{
    QStringList keys;
    for (CampaignStatus status : allCampaignStatuses())
        keys << campaignStatusKey(status);
    parser.addOption({QStringLiteral("campaign"),
                      QCoreApplication::translate("parcours-cli", "The campaign's year."),
                      QStringLiteral("YEAR")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("parcours-cli", "Only this status: %1.")
                          .arg(keys.join(QStringLiteral(", "))),
                      QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("rpe"),
                      QCoreApplication::translate("parcours-cli", "Only the childminders of this relay."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("offset"),
                      QCoreApplication::translate("parcours-cli", "Skip the first N lines."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("parcours-cli", "At most N lines (default: all)."),
                      QStringLiteral("N"), QStringLiteral("0")});
}

int runSurveyPeople(CliContext& cli, const QCommandLineParser& parser, const QStringList& args)
{
    if (!args.isEmpty() || !parser.isSet(QStringLiteral("campaign"))) {
        CliContext::err(QCoreApplication::translate(
            "parcours-cli", "Usage: parcours-cli survey people --campaign YEAR [--status KEY] [--rpe ID] "
                            "[--offset N] [--limit N] [--json]"));
        return ExitUsage;
    }
    CampaignPeopleFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = campaignStatusFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            CliContext::err(QCoreApplication::translate("parcours-cli", "Unknown status \"%1\".")
                                .arg(parser.value(QStringLiteral("status"))));
            return ExitUsage;
        }
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("rpe")))
        filter.relayId = parser.value(QStringLiteral("rpe")).toLongLong(&ok);
    bool okOffset = false;
    bool okLimit = false;
    const int offset = parser.value(QStringLiteral("offset")).toInt(&okOffset);
    const int limit = parser.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!ok || !okOffset || !okLimit || offset < 0 || limit < 0) {
        CliContext::err(
            QCoreApplication::translate("parcours-cli", "--rpe, --offset and --limit need whole numbers."));
        return ExitUsage;
    }
    const auto campaign = campaignOption(cli, parser);
    if (!campaign)
        return ExitBadInput;

    CampaignService campaigns(cli.app());
    const int total = campaigns.countPeople(campaign->id, filter);
    const int wanted = limit > 0 ? std::min(limit, std::max(0, total - offset)) : std::max(0, total - offset);
    // Read a page at a time: a department's call list is thousands of lines.
    constexpr int kPage = 500;
    QJsonArray people;
    for (int done = 0; done < wanted;) {
        const QList<CampaignPersonRow> page =
            campaigns.people(campaign->id, filter, offset + done, std::min(kPage, wanted - done));
        if (page.isEmpty())
            break;
        for (const CampaignPersonRow& row : page) {
            if (cli.json())
                people.append(QJsonObject{
                    {QStringLiteral("childminderId"), row.childminderId},
                    {QStringLiteral("referenceCode"), row.referenceCode},
                    {QStringLiteral("name"), row.name},
                    {QStringLiteral("status"), campaignStatusKey(row.status)},
                    {QStringLiteral("relayId"), row.relayId},
                    {QStringLiteral("relay"), row.relayName},
                    {QStringLiteral("commune"), row.communeName},
                    {QStringLiteral("phone"), row.phone},
                    {QStringLiteral("email"), row.email},
                    {QStringLiteral("lastInvitation"), row.lastInvitation.toString(Qt::ISODate)},
                    {QStringLiteral("reminders"), row.reminders},
                });
            else
                CliContext::out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                    .arg(row.referenceCode, row.name, campaignStatusLabel(row.status),
                                         row.relayName, row.phone));
        }
        done += int(page.size());
    }
    if (cli.json())
        CliContext::outJson(QJsonDocument(QJsonObject{{QStringLiteral("campaign"), campaign->year},
                                                      {QStringLiteral("total"), total},
                                                      {QStringLiteral("offset"), offset},
                                                      {QStringLiteral("people"), people}}));
    else
        CliContext::out(
            QCoreApplication::translate("parcours-cli", "%1 of %2 people.").arg(wanted).arg(total));
    return ExitOk;
}

} // namespace parcours
