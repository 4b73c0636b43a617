#pragma once

#include "Enrolment.h"
#include "TrainingSession.h"

#include <QList>

namespace parcours {

enum class EnrolmentProblem {
    None,
    NotAllowed,      // that status cannot follow the current one
    ReasonRequired,  // cancelled and dropped need a reason
    HoursOutOfRange, // hours done must lie in 0..session hours
    SessionFull,     // taking a place beyond the capacity
};

enum class SessionProblem { NoCourse, NoStartDate, NoEndDate, EndBeforeStart, NoHours, NegativeCapacity };

// An enrolment's life and a session's coherence, with no storage: the service
// asks these, then turns problems into French messages.
class EnrolmentRules
{
  public:
    // Statuses a new enrolment may start in.
    static QList<EnrolmentStatus> initialStatuses();
    // Where an enrolment may go from `from` (never to itself).
    static QList<EnrolmentStatus> nextStatuses(EnrolmentStatus from);
    static bool canMove(EnrolmentStatus from, EnrolmentStatus to);
    static bool needsReason(EnrolmentStatus to);
    // Attended and completed record the hours done (default: the session's hours).
    static bool recordsHours(EnrolmentStatus to);
    static bool hoursInRange(double hours, const TrainingSession& session);
    // Whether moving from `from` (std::nullopt: a new enrolment) to `to` finds
    // a place, `taken` places being already used by others. A wish takes none.
    static bool hasRoom(const TrainingSession& session, int taken, std::optional<EnrolmentStatus> from,
                        EnrolmentStatus to);
    // One problem (the first found) for a change of status, `hours` being the
    // hours done it would record.
    static EnrolmentProblem checkChange(const TrainingSession& session, int taken,
                                        std::optional<EnrolmentStatus> from, EnrolmentStatus to,
                                        const QString& reason, double hours);
    static QList<SessionProblem> checkSession(const TrainingSession& session);
};

} // namespace parcours
