#include "ContactService.h"

#include "AppContext.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "ContactRepository.h"
#include "Logging.h"
#include "TransactionRunner.h"

namespace parcours {

FieldErrors ContactService::validate(const ContactEntry& entry) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (!m_context.childminders().find(entry.childminderId))
        errors.append({QStringLiteral("childminder"), tr("Choose the childminder this exchange was with.")});
    if (!entry.at.isValid())
        errors.append({QStringLiteral("at"), tr("Enter the date and time of the exchange.")});
    else if (entry.at > m_context.clock().now().addSecs(3600))
        errors.append({QStringLiteral("at"), tr("The exchange cannot be in the future: check the date.")});
    if (entry.staffMember.trimmed().isEmpty())
        errors.append({QStringLiteral("staffMember"), tr("Enter who had the exchange.")});
    if (entry.durationMinutes < 0 || entry.durationMinutes > 600)
        errors.append({QStringLiteral("duration"), tr("The duration is in minutes, from 0 to 600.")});
    if (entry.followUp && !entry.followUp->action.trimmed().isEmpty()) {
        if (!entry.followUp->due.isValid())
            errors.append({QStringLiteral("followUpDue"), tr("Give the follow-up a due date.")});
        if (entry.followUp->assignee.trimmed().isEmpty())
            errors.append({QStringLiteral("followUpAssignee"), tr("Say who will do the follow-up.")});
    }
    return errors;
}

FieldErrors ContactService::log(ContactEntry& entry)
{
    m_context.require(Permission::EditRecords);
    ContactEntry candidate = entry;
    candidate.staffMember = candidate.staffMember.trimmed();
    if (candidate.followUp && candidate.followUp->action.trimmed().isEmpty())
        candidate.followUp.reset(); // an empty follow-up is no follow-up
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] { m_context.contacts().save(candidate); });
    logInfo(QStringLiteral("contact %1 logged for childminder %2")
                .arg(candidate.id)
                .arg(candidate.childminderId));
    entry = candidate;
    return {};
}

QList<ContactEntry> ContactService::history(qint64 childminderId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().forChildminder(childminderId, 200);
}

CoverageRow ContactService::coverage(int year, qint64 relayId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().coverage(year, relayId);
}

QList<CoverageRow> ContactService::coverageByRelay(int year) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().coverageByRelay(year);
}

QList<CoverageRow> ContactService::coverageByStaff(int year) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().coverageByStaff(year);
}

QList<NotReachedRow> ContactService::notReached(int year, qint64 relayId, int offset, int limit) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().notReached(year, relayId, offset, limit);
}

int ContactService::withoutContactForAYear() const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().countWithoutContactSince(m_context.clock().today().addMonths(-12));
}

QList<ContactEntry> ContactService::openFollowUps(int limit) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.contacts().openFollowUps(limit);
}

} // namespace parcours
