#include "ResponseService.h"

#include "AppContext.h"
#include "CampaignRepository.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "ContactRepository.h"
#include "Logging.h"
#include "QuestionnaireRepository.h"
#include "ResponseRepository.h"
#include "ResponseRules.h"
#include "TransactionRunner.h"

namespace parcours {

namespace {
// A coordinator should call her back within a week: every stop costs places.
constexpr int kFollowUpDays = 7;

// What her answer says, short enough for a follow-up line: the option chosen
// (« Cesser mon activité d'ici 1 an »), or the question for a yes/no.
QString followUpReason(const Question& question, const QString& value)
{
    for (const AnswerOption& option : question.options)
        if (option.code == value)
            return QStringLiteral("« %1 »").arg(option.label);
    if (question.type == QuestionType::YesNo)
        return QStringLiteral("%1 « %2 »")
            .arg(question.text, value == QLatin1String("Y")
                                    ? QCoreApplication::translate("ResponseService", "yes")
                                    : QCoreApplication::translate("ResponseService", "no"));
    return QStringLiteral("%1 « %2 »").arg(question.text, value);
}
} // namespace

std::optional<QuestionnaireTemplate> ResponseService::questionnaireOf(qint64 campaignId) const
{
    m_context.require(Permission::ReadRecords);
    const auto campaign = m_context.campaigns().findById(campaignId);
    if (!campaign)
        return std::nullopt;
    return m_context.questionnaires().find(campaign->questionnaireId);
}

FieldErrors ResponseService::check(SurveyResponse& response, const QuestionnaireTemplate& questionnaire) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (!m_context.campaigns().status(response.campaignId, response.childminderId))
        errors.append({QStringLiteral("childminder"), tr("This childminder is not part of the campaign.")});
    if (response.submittedAt.isValid() && response.submittedAt > m_context.clock().now().addSecs(3600))
        errors.append({QStringLiteral("submittedAt"), tr("The response cannot be dated in the future.")});
    const ResponseRules rules(questionnaire);
    const auto problems = rules.problems(response);
    // Report in questionnaire order so the form can focus the first one.
    for (const Question& q : questionnaire.allQuestions())
        if (problems.contains(q.code))
            errors.append({q.code, problems.value(q.code)});
    if (errors.isEmpty())
        rules.clean(response);
    return errors;
}

FieldErrors ResponseService::submit(SurveyResponse& response)
{
    m_context.require(Permission::EditRecords);
    const auto campaign = m_context.campaigns().findById(response.campaignId);
    if (!campaign)
        return {{QStringLiteral("campaign"), tr("This campaign no longer exists.")}};
    const auto questionnaire = m_context.questionnaires().find(campaign->questionnaireId);
    if (!questionnaire)
        return {
            {QStringLiteral("campaign"), tr("The campaign's questionnaire is missing from the database.")}};
    SurveyResponse candidate = response;
    candidate.questionnaireId = questionnaire->id;
    if (!candidate.submittedAt.isValid())
        candidate.submittedAt = m_context.clock().now();
    const FieldErrors errors = check(candidate, *questionnaire);
    if (!errors.isEmpty())
        return errors;
    bool followUp = false;
    m_context.transactions().inWriteTransaction(
        [&] { followUp = store(candidate, *questionnaire, campaign->year); });
    // Bulk callers (imports, demo) log one line for the lot instead.
    logInfo(QStringLiteral("survey response %1 stored for childminder %2%3")
                .arg(candidate.id)
                .arg(candidate.childminderId)
                .arg(followUp ? QStringLiteral(" with a follow-up") : QString()));
    response = candidate;
    return {};
}

bool ResponseService::store(SurveyResponse& response, const QuestionnaireTemplate& questionnaire,
                            int campaignYear, ContactEntry* logged)
{
    m_context.require(Permission::EditRecords);
    const bool firstTime = response.version == 0;
    const auto before =
        firstTime ? std::nullopt : m_context.responses().find(response.campaignId, response.childminderId);
    response.questionnaireId = questionnaire.id;
    m_context.responses().save(response);
    m_context.campaigns().setStatus(response.campaignId, response.childminderId, CampaignStatus::Responded);

    const ResponseRules rules(questionnaire);
    const QStringList followUps = rules.followUpQuestions(response);
    const QStringList earlierFollowUps = before ? rules.followUpQuestions(*before) : QStringList();
    const bool newFollowUp = !followUps.isEmpty() && earlierFollowUps.isEmpty();
    // Her answer is an exchange with the service: it counts for the annual
    // contact. A correction logs nothing more unless it now calls for a follow-up.
    if (!firstTime && !newFollowUp)
        return false;

    ContactEntry entry;
    entry.childminderId = response.childminderId;
    entry.at = response.submittedAt;
    entry.channel = response.source == ResponseSource::Online ? ContactChannel::OnlineForm : response.channel;
    entry.direction =
        response.source == ResponseSource::Online ? ContactDirection::Incoming : ContactDirection::Outgoing;
    entry.staffMember =
        response.enteredBy.trimmed().isEmpty() ? tr("Online questionnaire") : response.enteredBy;
    entry.topics = {ContactTopic::Activity, ContactTopic::Difficulties, ContactTopic::Training,
                    ContactTopic::CareerPlan};
    entry.outcome = ContactOutcome::Completed;
    entry.notes = tr("Answer to the %1 annual survey.").arg(campaignYear);
    if (!followUps.isEmpty()) {
        QStringList reasons;
        for (const QString& code : followUps) {
            const Question* q = questionnaire.find(code);
            for (const QString& value : response.answers.value(code))
                if (q->followUpValues.contains(value)) {
                    reasons << followUpReason(*q, value);
                    for (const AnswerOption& option : q->options)
                        if (option.code == value && option.stopWithinYears > 0 &&
                            !entry.topics.contains(ContactTopic::ConsideringStopping))
                            entry.topics.append(ContactTopic::ConsideringStopping);
                }
        }
        FollowUp followUp;
        followUp.action = tr("Call her back after the %1 survey: %2")
                              .arg(campaignYear)
                              .arg(reasons.join(QStringLiteral(" ; ")));
        followUp.due = response.submittedAt.date().addDays(kFollowUpDays);
        followUp.assignee = tr("Coordinator");
        entry.followUp = followUp;
    }
    m_context.contacts().save(entry);
    if (logged)
        *logged = entry;
    return entry.followUp.has_value();
}

std::optional<SurveyResponse> ResponseService::response(qint64 campaignId, qint64 childminderId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.responses().find(campaignId, childminderId);
}

std::optional<SurveyResponse> ResponseService::previousResponse(qint64 childminderId, int year) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.responses().previous(childminderId, year);
}

} // namespace parcours
