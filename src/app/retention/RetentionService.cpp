#include "RetentionService.h"

#include "AppContext.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "Logging.h"
#include "MamRepository.h"
#include "RelayRepository.h"
#include "RetentionRepository.h"
#include "TransactionRunner.h"

namespace parcours {

FieldErrors RetentionService::validate(const CollectiveActivity& a) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (a.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Enter the title of the activity.")});
    if (!a.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the date of the activity (dd/mm/yyyy).")});
    else if (a.date > m_context.clock().today().addYears(2))
        errors.append({QStringLiteral("date"), tr("The date is more than two years ahead: check the year.")});
    if (a.hours < 0 || a.hours > 100)
        errors.append({QStringLiteral("hours"), tr("The duration is in hours, from 0 to 100.")});
    if (a.relayId > 0 && !m_context.relays().find(a.relayId))
        errors.append({QStringLiteral("relay"), tr("This RPE no longer exists: choose another one.")});
    return errors;
}

FieldErrors RetentionService::saveActivity(CollectiveActivity& activity)
{
    m_context.require(Permission::EditRecords);
    CollectiveActivity candidate = activity;
    candidate.title = candidate.title.trimmed();
    candidate.place = candidate.place.trimmed();
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] { m_context.retention().saveActivity(candidate); });
    logInfo(QStringLiteral("collective activity %1 saved").arg(candidate.id));
    activity = candidate;
    return {};
}

FieldErrors RetentionService::saveActivity(CollectiveActivity& activity, const QList<qint64>& attendeeIds)
{
    m_context.require(Permission::EditRecords);
    CollectiveActivity candidate = activity;
    candidate.title = candidate.title.trimmed();
    candidate.place = candidate.place.trimmed();
    FieldErrors errors = validate(candidate);
    for (qint64 id : attendeeIds)
        if (!m_context.childminders().find(id)) {
            errors.append({QStringLiteral("attendance"),
                           tr("Someone on the attendance list is not on the register any more: remove her "
                              "and save again.")});
            break;
        }
    if (!errors.isEmpty())
        return errors;
    RetentionRepository& repo = m_context.retention();
    m_context.transactions().inWriteTransaction([&] {
        repo.saveActivity(candidate);
        for (const auto& row : repo.attendees(candidate.id))
            if (!attendeeIds.contains(row.childminderId))
                repo.removeAttendance(candidate.id, row.childminderId);
        for (qint64 id : attendeeIds)
            repo.addAttendance(candidate.id, id);
    });
    logInfo(QStringLiteral("collective activity %1 saved with %2 attendees")
                .arg(candidate.id)
                .arg(attendeeIds.size()));
    activity = candidate;
    return {};
}

void RetentionService::removeActivity(qint64 activityId)
{
    m_context.require(Permission::DeleteRecords);
    m_context.transactions().inWriteTransaction([&] { m_context.retention().removeActivity(activityId); });
    logInfo(QStringLiteral("collective activity %1 deleted").arg(activityId));
}

std::optional<CollectiveActivity> RetentionService::activity(qint64 id) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().activity(id);
}

QList<ActivityRow> RetentionService::activities(const ActivityQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().activities(query);
}

int RetentionService::countActivities(const ActivityQuery& query) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().countActivities(query);
}

FieldErrors RetentionService::addAttendee(qint64 activityId, qint64 childminderId)
{
    m_context.require(Permission::EditRecords);
    FieldErrors errors;
    if (!m_context.retention().activity(activityId))
        errors.append(
            {QStringLiteral("activity"), tr("Save the activity first, then add the people who came.")});
    if (!m_context.childminders().find(childminderId))
        errors.append({QStringLiteral("childminder"),
                       tr("This childminder is not on the register any more: choose someone else.")});
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction(
        [&] { m_context.retention().addAttendance(activityId, childminderId); });
    return {};
}

void RetentionService::removeAttendee(qint64 activityId, qint64 childminderId)
{
    m_context.require(Permission::EditRecords);
    m_context.transactions().inWriteTransaction(
        [&] { m_context.retention().removeAttendance(activityId, childminderId); });
}

QList<AttendeeRow> RetentionService::attendees(qint64 activityId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().attendees(activityId);
}

FieldErrors RetentionService::validate(const MamSupportAction& a) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (!m_context.mams().find(a.mamId))
        errors.append({QStringLiteral("mam"), tr("Choose the MAM this action supports.")});
    if (a.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Enter what is being drafted (title).")});
    if (a.startDate.isValid() && a.dueDate.isValid() && a.dueDate < a.startDate)
        errors.append({QStringLiteral("dueDate"), tr("The due date is before the start date: check both.")});
    if (a.status == SupportStatus::Done && !a.doneDate.isValid())
        errors.append({QStringLiteral("doneDate"), tr("Enter the date the action was completed.")});
    if (a.doneDate.isValid() && a.doneDate > m_context.clock().today())
        errors.append({QStringLiteral("doneDate"), tr("The completion date cannot be in the future.")});
    return errors;
}

FieldErrors RetentionService::saveSupportAction(MamSupportAction& action)
{
    m_context.require(Permission::EditRecords);
    MamSupportAction candidate = action;
    candidate.title = candidate.title.trimmed();
    QStringList documents;
    for (const auto& d : candidate.documents)
        if (!d.trimmed().isEmpty())
            documents << d.trimmed();
    candidate.documents = documents;
    const FieldErrors errors = validate(candidate);
    if (!errors.isEmpty())
        return errors;
    m_context.transactions().inWriteTransaction([&] { m_context.retention().saveSupportAction(candidate); });
    logInfo(QStringLiteral("MAM support action %1 saved for MAM %2").arg(candidate.id).arg(candidate.mamId));
    action = candidate;
    return {};
}

void RetentionService::removeSupportAction(qint64 id)
{
    m_context.require(Permission::DeleteRecords);
    m_context.transactions().inWriteTransaction([&] { m_context.retention().removeSupportAction(id); });
}

QList<MamSupportAction> RetentionService::supportActions(qint64 mamId) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.retention().supportActions(mamId);
}

} // namespace parcours
