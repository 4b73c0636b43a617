#include "LimeResponseImporter.h"

#include "AppContext.h"
#include "CampaignRepository.h"
#include "Clock.h"
#include "CsvReader.h"
#include "DomainError.h"
#include "LimeAnswerReader.h"
#include "LimeColumnMap.h"
#include "Logging.h"
#include "QuestionnaireRepository.h"
#include "ResponseRepository.h"
#include "ResponseRules.h"
#include "ResponseService.h"
#include "TransactionRunner.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace parcours {

namespace {

// LimeSurvey dates every response of a survey without date stamps this way.
const QDateTime& limeSurveyNoDate()
{
    static const QDateTime placeholder(QDate(1980, 1, 1), QTime(0, 0));
    return placeholder;
}

QString shortDateTime(const QDateTime& moment)
{
    return moment.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

// A line that has a known person, a full response and a date: it may still be
// superseded by a later one of hers, or refused for its answers.
struct Candidate
{
    int record = 0;
    int line = 0;
    QString reference;
    qint64 childminderId = 0;
    QDateTime submittedAt;
};

struct Accepted
{
    SurveyResponse response;
    LimeImportedRow row;
};

void sortByLine(QList<LimeRowIssue>& issues)
{
    std::stable_sort(issues.begin(), issues.end(),
                     [](const LimeRowIssue& a, const LimeRowIssue& b) { return a.line < b.line; });
}

} // namespace

LimeImportResult LimeResponseImporter::importFile(qint64 campaignId, const QString& path,
                                                  const LimeImportOptions& options)
{
    m_context.require(Permission::EditRecords);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DomainError(tr("The file %1 cannot be opened: %2. Check its name and that it is not open "
                             "in another program.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
    return importData(campaignId, file.readAll(), options);
}

LimeImportResult LimeResponseImporter::importData(qint64 campaignId, const QByteArray& bytes,
                                                  const LimeImportOptions& options)
{
    m_context.require(Permission::EditRecords);
    // The survey structure (.lss) is what LimeSurvey's first export menu gives:
    // an easy mistake, worth a precise message.
    const QByteArray start = bytes.left(200).trimmed();
    if (start.startsWith("<?xml") || start.startsWith("\xEF\xBB\xBF<?xml") || start.startsWith("<document"))
        throw DomainError(tr("This file is XML (a LimeSurvey survey structure?), not a response export. In "
                             "LimeSurvey, open Responses, then Export, and choose the CSV format."));
    return importTable(campaignId, CsvReader::read(bytes), options);
}

LimeImportResult LimeResponseImporter::importTable(qint64 campaignId, const CsvTable& table,
                                                   const LimeImportOptions& options)
{
    m_context.require(Permission::EditRecords);
    const auto campaign = m_context.campaigns().findById(campaignId);
    if (!campaign)
        throw DomainError(tr("This campaign no longer exists."));
    const auto questionnaire = m_context.questionnaires().find(campaign->questionnaireId);
    if (!questionnaire)
        throw DomainError(tr("The campaign's questionnaire is missing from the database."));

    const LimeColumnMap columns(table.header, *questionnaire, options.tokenColumn);
    if (columns.tokenColumn() < 0) {
        if (options.tokenColumn.trimmed().isEmpty())
            throw DomainError(tr("The file has no \"token\" column, so the responses cannot be matched to "
                                 "childminders. Export the responses with the access codes, or, if the "
                                 "survey asked for the reference code as a question, name that column."));
        throw DomainError(tr("The file has no column \"%1\" to take the reference codes from. Check the "
                             "column name or question code.")
                              .arg(options.tokenColumn.trimmed()));
    }
    if (columns.answerColumns() == 0)
        throw DomainError(tr("No column of the file matches a question of the questionnaire \"%1\" (version "
                             "%2) that the %3 campaign uses. Check that it is the export of the right "
                             "survey, with question codes as column headings.")
                              .arg(questionnaire->name)
                              .arg(questionnaire->version)
                              .arg(campaign->year));
    if (table.records.isEmpty())
        throw DomainError(tr("The file holds no response: only its heading line."));

    LimeImportResult result;
    result.dryRun = options.dryRun;
    result.encodingName = table.encodingName;
    result.separator = table.separator;
    result.ignoredColumns = columns.ignored();
    const QDateTime now = m_context.clock().now();
    auto field = [&](const CsvRecord& record, int column) {
        return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
    };
    if (columns.submitColumn() < 0)
        result.warnings << LimeRowIssue{1,
                                        {},
                                        {},
                                        tr("The file has no \"submitdate\" column: every line is taken as a "
                                           "complete response, dated from the import.")};

    // 1. Who each line is, and which of her lines counts.
    QList<Candidate> candidates;
    QHash<qint64, int> latestOf; // childminder -> index in candidates
    for (int i = 0; i < table.records.size(); ++i) {
        const CsvRecord& record = table.records.at(i);
        const QString reference = field(record, columns.tokenColumn());
        auto reject = [&](const QString& reason) {
            result.rejected << LimeRowIssue{record.line, reference, {}, reason};
        };
        const QString submitted = field(record, columns.submitColumn());
        if (columns.submitColumn() >= 0 && submitted.isEmpty()) {
            reject(tr("Incomplete response: she did not submit the questionnaire."));
            continue;
        }
        if (reference.isEmpty()) {
            reject(tr("No reference code on this line."));
            continue;
        }
        const auto childminderId = m_context.campaigns().childminderByReference(campaignId, reference);
        if (!childminderId) {
            reject(tr("The reference code \"%1\" is not one of the %2 campaign.")
                       .arg(reference)
                       .arg(campaign->year));
            continue;
        }
        QDateTime submittedAt = now;
        if (columns.submitColumn() >= 0) {
            submittedAt = LimeAnswerReader::parseDateTime(submitted);
            if (!submittedAt.isValid()) {
                reject(tr("The submission date \"%1\" cannot be read.").arg(submitted));
                continue;
            }
            if (submittedAt == limeSurveyNoDate()) {
                submittedAt = now;
                result.warnings << LimeRowIssue{record.line,
                                                reference,
                                                {},
                                                tr("The survey does not record dates: the response is dated "
                                                   "from the import.")};
            }
        }
        candidates << Candidate{i, record.line, reference, *childminderId, submittedAt};
        const int index = int(candidates.size()) - 1;
        const auto earlier = latestOf.constFind(*childminderId);
        // A tie goes to the later line: LimeSurvey lists responses in the order they came.
        if (earlier == latestOf.cend() || candidates.at(*earlier).submittedAt <= submittedAt)
            latestOf.insert(*childminderId, index);
    }
    for (int index = 0; index < candidates.size(); ++index) {
        const Candidate& c = candidates.at(index);
        const Candidate& kept = candidates.at(latestOf.value(c.childminderId));
        if (&kept != &c)
            result.duplicates << LimeRowIssue{
                c.line,
                c.reference,
                {},
                tr("She answered more than once: her response of %1 on line %2 is the one taken.")
                    .arg(shortDateTime(kept.submittedAt))
                    .arg(kept.line)};
    }

    // 2. What each kept line answers, checked as a form would be.
    const LimeAnswerReader reader(*questionnaire, columns);
    const ResponseRules rules(*questionnaire);
    ResponseService service(m_context);
    QList<Accepted> accepted;
    for (int index = 0; index < candidates.size(); ++index) {
        const Candidate& c = candidates.at(index);
        if (latestOf.value(c.childminderId) != index)
            continue;
        SurveyResponse response;
        response.campaignId = campaignId;
        response.childminderId = c.childminderId;
        response.questionnaireId = questionnaire->id;
        response.submittedAt = c.submittedAt;
        response.source = ResponseSource::Online;
        response.channel = ContactChannel::OnlineForm;
        const QHash<QString, QString> unreadable = reader.read(table.records.at(c.record), response);
        FieldErrors errors;
        for (const Question& q : questionnaire->allQuestions())
            if (unreadable.contains(q.code))
                errors.append({q.code, unreadable.value(q.code)});
        if (errors.isEmpty())
            errors = service.check(response, *questionnaire);
        if (!errors.isEmpty()) {
            QStringList reasons;
            for (const FieldError& e : errors) {
                // Show what the file says when the message does not, so the
                // line can be found and corrected in LimeSurvey.
                const QString given = response.answers.value(e.field).join(QStringLiteral(", "));
                if (!given.isEmpty() && !e.message.contains(given))
                    reasons << tr("%1: %2 (in the file: \"%3\")").arg(e.field, e.message, given);
                else
                    reasons << tr("%1: %2").arg(e.field, e.message);
            }
            result.rejected << LimeRowIssue{c.line, c.reference, errors.front().field,
                                            reasons.join(QStringLiteral(" ; "))};
            continue;
        }

        const auto existing = m_context.responses().find(campaignId, c.childminderId);
        if (existing && existing->source == ResponseSource::Online &&
            existing->submittedAt.secsTo(c.submittedAt) <= 0) {
            result.skipped << LimeRowIssue{c.line,
                                           c.reference,
                                           {},
                                           tr("Already imported: her online response of %1 is on file.")
                                               .arg(shortDateTime(existing->submittedAt))};
            continue;
        }
        if (existing && existing->source != ResponseSource::Online && !options.replaceExisting) {
            result.skipped << LimeRowIssue{
                c.line,
                c.reference,
                {},
                tr("She already has a response, typed by %1 on %2; choose to replace existing responses to "
                   "import this one instead.")
                    .arg(existing->enteredBy.isEmpty() ? tr("staff") : existing->enteredBy,
                         shortDateTime(existing->submittedAt))};
            continue;
        }
        if (existing) {
            response.id = existing->id;
            response.version = existing->version;
        }
        // What store() will decide, known before writing for the dry run.
        const bool followUp = !rules.followUpQuestions(response).isEmpty() &&
                              (!existing || rules.followUpQuestions(*existing).isEmpty());
        accepted << Accepted{response,
                             {c.line, c.reference, c.childminderId, existing.has_value(), followUp}};
    }

    // 3. Everything or nothing.
    const int total = int(accepted.size());
    auto progress = [&](int done) {
        if (m_progress && !m_progress(done, total))
            throw DomainError(tr("The import was cancelled; nothing was saved."));
    };
    if (options.dryRun) {
        for (int i = 0; i < total; ++i)
            progress(i + 1);
    } else if (total > 0) {
        QList<Accepted> stored;
        m_context.transactions().inWriteTransaction([&] {
            stored = accepted; // a runner that retries on a busy database calls us again
            for (int i = 0; i < total; ++i) {
                Accepted& a = stored[i];
                a.row.followUp = service.store(a.response, *questionnaire, campaign->year);
                progress(i + 1);
            }
        });
        accepted = stored;
    }
    for (const Accepted& a : accepted)
        result.stored << a.row;
    sortByLine(result.rejected);
    sortByLine(result.skipped);
    sortByLine(result.duplicates);
    sortByLine(result.warnings);

    logInfo(QStringLiteral("LimeSurvey response import%1 into campaign %2: %3 new, %4 replaced, %5 skipped, "
                           "%6 rejected, %7 duplicates, %8 follow-ups")
                .arg(options.dryRun ? QStringLiteral(" (dry run)") : QString())
                .arg(campaign->year)
                .arg(result.imported())
                .arg(result.replaced())
                .arg(result.skippedCount())
                .arg(result.rejectedCount())
                .arg(result.duplicates.size())
                .arg(result.followUps()));
    return result;
}

} // namespace parcours
