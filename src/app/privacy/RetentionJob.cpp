#include "RetentionJob.h"

#include "AnonymisationService.h"
#include "AppContext.h"
#include "Clock.h"
#include "Logging.h"
#include "PrivacyAudit.h"
#include "TransactionRunner.h"

#include <QJsonArray>

namespace parcours {

namespace {

QDate cutoff(QDate today, int years)
{
    return years > 0 ? today.addYears(-years) : QDate();
}

QList<qint64> idsOf(const QList<RetentionItem>& items)
{
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const auto& i : items)
        ids << i.id;
    return ids;
}

QJsonValue isoDate(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject rule(QDate cut, const QList<RetentionItem>& items)
{
    QJsonArray list;
    for (const auto& i : items)
        list.append(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("since"), isoDate(i.since)}});
    return QJsonObject{{QStringLiteral("cutoff"), isoDate(cut)},
                       {QStringLiteral("enabled"), cut.isValid()},
                       {QStringLiteral("count"), int(items.size())},
                       {QStringLiteral("items"), list}};
}

QString frenchDate(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

RetentionJob::RetentionJob(AppContext& context) : m_context(context) {}

RetentionPlan RetentionJob::plan() const
{
    m_context.require(Permission::Anonymise);
    const RuleSettings& rules = m_context.rules();
    const PersonalDataRepository& data = m_context.personalData();
    RetentionPlan plan;
    plan.today = m_context.clock().today();
    plan.approvalCutoff = cutoff(plan.today, rules.anonymiseAfterApprovalEndYears);
    plan.prospectCutoff = cutoff(plan.today, rules.prospectInactiveYears);
    plan.contactCutoff = cutoff(plan.today, rules.contactNotesYears);
    if (plan.approvalCutoff.isValid())
        plan.toAnonymise = data.endedApprovalsBefore(plan.approvalCutoff);
    if (plan.prospectCutoff.isValid())
        plan.prospectsToDelete = data.inactiveProspectsBefore(plan.prospectCutoff);
    if (plan.contactCutoff.isValid())
        plan.contactsToClear = data.contactNotesBefore(plan.contactCutoff);
    return plan;
}

RetentionResult RetentionJob::apply()
{
    m_context.require(Permission::Anonymise);
    PersonalDataRepository& data = m_context.personalData();
    RetentionResult result;
    m_context.transactions().inWriteTransaction([&] {
        const RetentionPlan due = plan();
        AnonymisationService anonymisation(m_context);
        for (const auto& person : due.toAnonymise)
            anonymisation.anonymiseWithin(person.id, QStringLiteral("retention"));
        // Contacts of the people just anonymised were emptied with them.
        privacyaudit::redact(m_context, 0, data.clearContactNotes(idsOf(due.contactsToClear)));
        privacyaudit::redact(m_context, 0, data.deleteProspects(idsOf(due.prospectsToDelete)));
        if (!due.isEmpty())
            data.compactSearchIndex();
        result.anonymised = int(due.toAnonymise.size());
        result.prospectsDeleted = int(due.prospectsToDelete.size());
        result.contactNotesCleared = int(due.contactsToClear.size());
        privacyaudit::record(m_context, QStringLiteral("retention"), QStringLiteral("personal_data"), 0, 0,
                             QStringLiteral("anonymised=%1 prospects_deleted=%2 contact_notes_cleared=%3")
                                 .arg(result.anonymised)
                                 .arg(result.prospectsDeleted)
                                 .arg(result.contactNotesCleared));
    });
    data.checkpoint();
    logInfo(QStringLiteral("retention job: %1 anonymised, %2 prospects deleted, %3 contact notes cleared")
                .arg(result.anonymised)
                .arg(result.prospectsDeleted)
                .arg(result.contactNotesCleared));
    return result;
}

QJsonObject RetentionJob::planToJson(const RetentionPlan& plan)
{
    return QJsonObject{{QStringLiteral("today"), isoDate(plan.today)},
                       {QStringLiteral("anonymise"), rule(plan.approvalCutoff, plan.toAnonymise)},
                       {QStringLiteral("deleteProspects"), rule(plan.prospectCutoff, plan.prospectsToDelete)},
                       {QStringLiteral("clearContactNotes"), rule(plan.contactCutoff, plan.contactsToClear)}};
}

QJsonObject RetentionJob::resultToJson(const RetentionResult& result)
{
    return QJsonObject{{QStringLiteral("anonymised"), result.anonymised},
                       {QStringLiteral("prospectsDeleted"), result.prospectsDeleted},
                       {QStringLiteral("contactNotesCleared"), result.contactNotesCleared}};
}

QStringList RetentionJob::planSummary(const RetentionPlan& plan)
{
    QStringList lines;
    lines << (plan.approvalCutoff.isValid()
                  ? tr("%n childminder(s) to anonymise (agrément ended before %1)", nullptr,
                       int(plan.toAnonymise.size()))
                        .arg(frenchDate(plan.approvalCutoff))
                  : tr("Anonymisation after the end of the agrément: rule turned off"));
    lines << (plan.prospectCutoff.isValid() ? tr("%n prospect(s) to delete (no activity since %1)", nullptr,
                                                 int(plan.prospectsToDelete.size()))
                                                  .arg(frenchDate(plan.prospectCutoff))
                                            : tr("Deletion of inactive prospects: rule turned off"));
    lines << (plan.contactCutoff.isValid() ? tr("%n contact note(s) to empty (contacts before %1)", nullptr,
                                                int(plan.contactsToClear.size()))
                                                 .arg(frenchDate(plan.contactCutoff))
                                           : tr("Emptying of old contact notes: rule turned off"));
    return lines;
}

} // namespace parcours
