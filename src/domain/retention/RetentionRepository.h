#pragma once

#include "CollectiveActivity.h"
#include "IsolationRules.h"
#include "MamSupportAction.h"

#include <QList>
#include <optional>

namespace parcours {

// Collective activities, their attendance, MAM support actions and the isolation watch.
// Lists page and count in the store; the isolation watch is one query per
// call so it costs the same at 1,000 or 250,000 childminders.
class RetentionRepository
{
  public:
    virtual ~RetentionRepository() = default;

    // Inserts (id 0) or updates (version checked: ConcurrencyConflict).
    virtual void saveActivity(CollectiveActivity& activity) = 0;
    virtual std::optional<CollectiveActivity> activity(qint64 id) const = 0;
    virtual void removeActivity(qint64 id) = 0;
    // Most recent first, with attendance counts.
    virtual QList<ActivityRow> activities(const ActivityQuery& query) const = 0;
    virtual int countActivities(const ActivityQuery& query) const = 0;
    // false when she was already on the list.
    virtual bool addAttendance(qint64 activityId, qint64 childminderId) = 0;
    virtual void removeAttendance(qint64 activityId, qint64 childminderId) = 0;
    virtual QList<AttendeeRow> attendees(qint64 activityId) const = 0;

    virtual void saveSupportAction(MamSupportAction& action) = 0;
    virtual std::optional<MamSupportAction> supportAction(qint64 id) const = 0;
    virtual void removeSupportAction(qint64 id) = 0;
    // One MAM's actions: open ones first, then by due date.
    virtual QList<MamSupportAction> supportActions(qint64 mamId) const = 0;

    // Isolation over [since, today] (see IsolationRules). One row per RPE
    // that has working childminders (relayId 0: those with none).
    virtual QList<RelayIsolationRow> isolationByRelay(QDate today, QDate since) const = 0;
    // relayId 0: people with no RPE; the longest-unseen first.
    virtual QList<IsolatedPersonRow> isolated(qint64 relayId, QDate today, QDate since, int offset,
                                              int limit) const = 0;
    virtual int countIsolated(qint64 relayId, QDate today, QDate since) const = 0;
    // The whole register.
    virtual int countIsolatedAll(QDate today, QDate since) const = 0;
};

} // namespace parcours
