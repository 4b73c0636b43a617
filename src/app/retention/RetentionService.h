#pragma once

#include "CollectiveActivity.h"
#include "FieldError.h"
#include "MamSupportAction.h"

#include <QCoreApplication>
#include <optional>

namespace parcours {

class AppContext;

// Collective activities with their attendance, and MAM support actions.
// Writes validate first (French messages, nothing written when there are
// problems), then run in one write transaction. A stale version throws
// ConcurrencyConflict (the front end asks the user to reopen).
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)

  public:
    explicit RetentionService(AppContext& context) : m_context(context) {}

    FieldErrors validate(const CollectiveActivity& activity) const;
    FieldErrors saveActivity(CollectiveActivity& activity);
    // Saves the activity and makes its attendance exactly `attendeeIds`, all
    // in one transaction (the editor dialog's Save).
    FieldErrors saveActivity(CollectiveActivity& activity, const QList<qint64>& attendeeIds);
    // Deletes the activity and its attendance list.
    void removeActivity(qint64 activityId);
    std::optional<CollectiveActivity> activity(qint64 id) const;
    QList<ActivityRow> activities(const ActivityQuery& query) const;
    int countActivities(const ActivityQuery& query) const;

    // Errors when the activity or the person is unknown; adding her twice is harmless.
    FieldErrors addAttendee(qint64 activityId, qint64 childminderId);
    void removeAttendee(qint64 activityId, qint64 childminderId);
    QList<AttendeeRow> attendees(qint64 activityId) const;

    FieldErrors validate(const MamSupportAction& action) const;
    FieldErrors saveSupportAction(MamSupportAction& action);
    void removeSupportAction(qint64 id);
    QList<MamSupportAction> supportActions(qint64 mamId) const;

  private:
    AppContext& m_context;
};

} // namespace parcours
