#include "EnrolmentRules.h"

namespace parcours {

void TrainingHours::add(TrainingHoursCategory category, double hours)
{
    switch (category) {
    case TrainingHoursCategory::InitialFirstPart:
        initialFirstPart += hours;
        return;
    case TrainingHoursCategory::InitialSecondPart:
        initialSecondPart += hours;
        return;
    case TrainingHoursCategory::Continuing:
        continuing += hours;
        return;
    case TrainingHoursCategory::None:
        other += hours;
        return;
    }
}

QList<EnrolmentStatus> EnrolmentRules::initialStatuses()
{
    return {EnrolmentStatus::Wish, EnrolmentStatus::Enrolled};
}

QList<EnrolmentStatus> EnrolmentRules::nextStatuses(EnrolmentStatus from)
{
    using S = EnrolmentStatus;
    switch (from) {
    case S::Wish:
        return {S::Enrolled, S::Cancelled};
    case S::Enrolled:
        return {S::Attended, S::Completed, S::Cancelled, S::Dropped};
    case S::Attended:
        return {S::Completed, S::Certified, S::Dropped};
    case S::Completed:
        return {S::Certified};
    // A cancelled enrolment can be taken up again (she found a way to come);
    // a drop-out or a certificate are final: enrol her in another session.
    case S::Cancelled:
        return {S::Wish, S::Enrolled};
    case S::Certified:
    case S::Dropped:
        return {};
    }
    return {};
}

bool EnrolmentRules::canMove(EnrolmentStatus from, EnrolmentStatus to)
{
    return nextStatuses(from).contains(to);
}

bool EnrolmentRules::needsReason(EnrolmentStatus to)
{
    return to == EnrolmentStatus::Cancelled || to == EnrolmentStatus::Dropped;
}

bool EnrolmentRules::recordsHours(EnrolmentStatus to)
{
    return to == EnrolmentStatus::Attended || to == EnrolmentStatus::Completed;
}

bool EnrolmentRules::hoursInRange(double hours, const TrainingSession& session)
{
    return hours >= 0 && hours <= session.hours + 1e-9;
}

bool EnrolmentRules::hasRoom(const TrainingSession& session, int taken, std::optional<EnrolmentStatus> from,
                             EnrolmentStatus to)
{
    if (!takesPlace(to) || (from && takesPlace(*from)) || session.capacity <= 0)
        return true;
    return taken < session.capacity;
}

EnrolmentProblem EnrolmentRules::checkChange(const TrainingSession& session, int taken,
                                             std::optional<EnrolmentStatus> from, EnrolmentStatus to,
                                             const QString& reason, double hours)
{
    if (from ? !canMove(*from, to) : !initialStatuses().contains(to))
        return EnrolmentProblem::NotAllowed;
    if (needsReason(to) && reason.trimmed().isEmpty())
        return EnrolmentProblem::ReasonRequired;
    if (recordsHours(to) && !hoursInRange(hours, session))
        return EnrolmentProblem::HoursOutOfRange;
    if (!hasRoom(session, taken, from, to))
        return EnrolmentProblem::SessionFull;
    return EnrolmentProblem::None;
}

QList<SessionProblem> EnrolmentRules::checkSession(const TrainingSession& session)
{
    QList<SessionProblem> problems;
    if (session.courseId <= 0)
        problems << SessionProblem::NoCourse;
    if (!session.startDate.isValid())
        problems << SessionProblem::NoStartDate;
    if (!session.endDate.isValid())
        problems << SessionProblem::NoEndDate;
    if (session.startDate.isValid() && session.endDate.isValid() && session.endDate < session.startDate)
        problems << SessionProblem::EndBeforeStart;
    if (!(session.hours > 0))
        problems << SessionProblem::NoHours;
    if (session.capacity < 0)
        problems << SessionProblem::NegativeCapacity;
    return problems;
}

} // namespace parcours
