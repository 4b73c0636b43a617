#include "ApprovalService.h"

#include "AppContext.h"
#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "TransactionRunner.h"

#include <QCoreApplication>

namespace parcours {

namespace {

Approval& approvalIn(QList<Approval>& approvals, qint64 id)
{
    for (auto& a : approvals)
        if (a.id == id)
            return a;
    throw NotFound(
        QCoreApplication::translate("ApprovalService", "This agrément no longer exists. Reopen the file."));
}

void setStatus(ChildminderRepository& people, qint64 personId, ChildminderStatus status)
{
    auto person = people.find(personId);
    if (!person)
        throw NotFound(QCoreApplication::translate("ApprovalService",
                                                   "This childminder no longer exists in the database."));
    if (person->status == status)
        return;
    person->status = status;
    people.update(*person);
}
void logDecision(const char* decision, qint64 personId)
{
    logInfo(
        QStringLiteral("agrément %1 recorded for childminder %2").arg(QLatin1String(decision)).arg(personId));
}
} // namespace

FieldErrors ApprovalService::checkPlaces(int places) const
{
    FieldErrors errors;
    const ApprovalRules rules(m_context.rules());
    for (const auto& problem : rules.capacityProblems(places, 0, false))
        errors.append({QStringLiteral("places"), problem});
    return errors;
}

FieldErrors ApprovalService::grant(qint64 personId, Approval& approval)
{
    m_context.require(Permission::EditRecords);
    FieldErrors errors = checkPlaces(approval.places);
    if (!approval.startDate.isValid())
        errors.append(
            {QStringLiteral("startDate"),
             QCoreApplication::translate("ApprovalService", "Enter the date the agrément starts.")});
    if (approval.endDate.isValid() && approval.startDate.isValid() && approval.endDate < approval.startDate)
        errors.append(
            {QStringLiteral("endDate"),
             QCoreApplication::translate("ApprovalService", "The end of validity is before the start.")});
    if (!errors.isEmpty())
        return errors;
    const ApprovalRules rules(m_context.rules());
    approval.childminderId = personId;
    approval.isRenewal = false;
    if (!approval.endDate.isValid())
        approval.endDate = rules.validityEnd(approval.startDate, false, {});
    if (!approval.decisionDate.isValid())
        approval.decisionDate = approval.startDate;
    approval.events = {
        ApprovalEvent{0, 0, ApprovalEventKind::FirstGrant, approval.decisionDate, {}, approval.places, {}}};
    m_context.transactions().inWriteTransaction([&] {
        m_context.approvals().save(approval);
        const auto person = m_context.childminders().find(personId);
        if (person && (person->status == ChildminderStatus::Prospect ||
                       person->status == ChildminderStatus::ApprovalPending))
            setStatus(m_context.childminders(), personId, ChildminderStatus::Active);
    });
    logDecision(__func__, personId);
    return {};
}

FieldErrors ApprovalService::renew(qint64 personId, QDate start, const QString& number, int places,
                                   const TrainingState& training, Approval* created)
{
    m_context.require(Permission::EditRecords);
    FieldErrors errors = checkPlaces(places);
    if (!start.isValid())
        errors.append(
            {QStringLiteral("startDate"),
             QCoreApplication::translate("ApprovalService", "Enter the date the renewed agrément starts.")});
    if (!errors.isEmpty())
        return errors;
    const ApprovalRules rules(m_context.rules());
    m_context.transactions().inWriteTransaction([&] {
        auto history = m_context.approvals().forChildminder(personId);
        Approval renewal;
        if (!history.isEmpty()) {
            Approval previous = history.back();
            renewal = previous; // same conditions unless told otherwise
            if (previous.status == ApprovalStatus::Active || previous.status == ApprovalStatus::Suspended) {
                previous.status = ApprovalStatus::Ended;
                if (!previous.endDate.isValid() || previous.endDate >= start)
                    previous.endDate = start.addDays(-1);
                m_context.approvals().save(previous);
            }
        }
        renewal.id = 0;
        renewal.version = 0;
        renewal.childminderId = personId;
        renewal.number = number.trimmed().isEmpty() ? renewal.number : number.trimmed();
        renewal.isRenewal = !history.isEmpty();
        renewal.startDate = start;
        renewal.decisionDate = start;
        renewal.endDate = rules.validityEnd(start, renewal.isRenewal, training);
        renewal.places = places;
        renewal.status = ApprovalStatus::Active;
        renewal.temporaryReduction = 0;
        renewal.reductionEnd = {};
        renewal.events = {
            ApprovalEvent{0,
                          0,
                          renewal.isRenewal ? ApprovalEventKind::Renewal : ApprovalEventKind::FirstGrant,
                          start,
                          {},
                          places,
                          {}}};
        m_context.approvals().save(renewal);
        setStatus(m_context.childminders(), personId, ChildminderStatus::Active);
        if (created)
            *created = renewal;
    });
    logDecision(__func__, personId);
    return {};
}

FieldErrors ApprovalService::modify(qint64 personId, qint64 approvalId, QDate date, int newPlaces,
                                    const QString& details)
{
    m_context.require(Permission::EditRecords);
    FieldErrors errors = newPlaces > 0 ? checkPlaces(newPlaces) : FieldErrors{};
    if (!date.isValid())
        errors.append({QStringLiteral("date"),
                       QCoreApplication::translate("ApprovalService", "Enter the date of the decision.")});
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] {
        auto history = m_context.approvals().forChildminder(personId);
        Approval& a = approvalIn(history, approvalId);
        a.events.append(
            ApprovalEvent{0, a.id, ApprovalEventKind::Modification, date, {}, newPlaces, details});
        if (newPlaces > 0)
            a.places = newPlaces;
        m_context.approvals().save(a);
    });
    logDecision(__func__, personId);
    return {};
}

FieldErrors ApprovalService::suspend(qint64 personId, qint64 approvalId, QDate from, QDate to,
                                     const QString& details)
{
    m_context.require(Permission::EditRecords);
    FieldErrors errors;
    const int maxMonths = m_context.rules().suspensionMaxMonths;
    if (!from.isValid())
        errors.append(
            {QStringLiteral("date"),
             QCoreApplication::translate("ApprovalService", "Enter the date the suspension starts.")});
    else if (!to.isValid() || to < from)
        errors.append({QStringLiteral("endDate"),
                       QCoreApplication::translate("ApprovalService",
                                                   "Enter the end of the suspension, after its start.")});
    else if (to > from.addMonths(maxMonths))
        errors.append({QStringLiteral("endDate"),
                       QCoreApplication::translate(
                           "ApprovalService", "An emergency suspension lasts at most %1 months (until %2).")
                           .arg(maxMonths)
                           .arg(from.addMonths(maxMonths).toString(QStringLiteral("dd/MM/yyyy")))});
    if (!errors.isEmpty())
        return errors;
    const QDate today = m_context.clock().today();
    m_context.transactions().inWriteTransaction([&] {
        auto history = m_context.approvals().forChildminder(personId);
        Approval& a = approvalIn(history, approvalId);
        a.events.append(ApprovalEvent{0, a.id, ApprovalEventKind::Suspension, from, to, 0, details});
        const bool runningNow = from <= today && today <= to;
        if (runningNow)
            a.status = ApprovalStatus::Suspended;
        m_context.approvals().save(a);
        if (runningNow)
            setStatus(m_context.childminders(), personId, ChildminderStatus::Suspended);
    });
    logDecision(__func__, personId);
    return {};
}

FieldErrors ApprovalService::withdraw(qint64 personId, qint64 approvalId, QDate date, const QString& details)
{
    m_context.require(Permission::EditRecords);
    if (!date.isValid())
        return {{QStringLiteral("date"),
                 QCoreApplication::translate("ApprovalService", "Enter the date of the withdrawal.")}};
    m_context.transactions().inWriteTransaction([&] {
        auto history = m_context.approvals().forChildminder(personId);
        Approval& a = approvalIn(history, approvalId);
        a.events.append(ApprovalEvent{0, a.id, ApprovalEventKind::Withdrawal, date, {}, 0, details});
        a.status = ApprovalStatus::Withdrawn;
        m_context.approvals().save(a);
        setStatus(m_context.childminders(), personId, ChildminderStatus::Stopped);
    });
    logDecision(__func__, personId);
    return {};
}

} // namespace parcours
