#include "TrainingService.h"

#include "AppContext.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "DomainError.h"
#include "Logging.h"
#include "RelayRepository.h"
#include "TrainingRepository.h"
#include "TransactionRunner.h"

#include <QLocale>

namespace parcours {

namespace {
QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 4);
}
} // namespace

FieldErrors TrainingService::validateCourse(const TrainingCourse& course) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    if (course.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Give the course a title.")});
    if (course.hours < 0 || course.hours > 2000)
        errors.append({QStringLiteral("hours"), tr("The course length is in hours, from 0 to 2,000.")});
    if (course.organisationId > 0) {
        bool found = false;
        for (const auto& o : m_context.trainings().organisations())
            found = found || o.id == course.organisationId;
        if (!found)
            errors.append({QStringLiteral("organisation"),
                           tr("This organisation is not in the partners directory as a training "
                              "organisation: choose another one.")});
    }
    return errors;
}

FieldErrors TrainingService::saveCourse(TrainingCourse& course)
{
    m_context.require(Permission::EditRecords);
    TrainingCourse candidate = course;
    candidate.title = candidate.title.trimmed();
    FieldErrors errors = validateCourse(candidate);
    if (!errors.isEmpty())
        return errors;
    try {
        m_context.transactions().inWriteTransaction([&] { m_context.trainings().saveCourse(candidate); });
    } catch (const ConcurrencyConflict& e) {
        return {{QStringLiteral("version"), e.message()}};
    }
    logInfo(QStringLiteral("training course %1 saved").arg(candidate.id));
    course = candidate;
    return {};
}

FieldErrors TrainingService::validateSession(const TrainingSession& session) const
{
    m_context.require(Permission::ReadRecords);
    FieldErrors errors;
    for (auto problem : EnrolmentRules::checkSession(session)) {
        switch (problem) {
        case SessionProblem::NoCourse:
            errors.append({QStringLiteral("course"), tr("Choose the course this session belongs to.")});
            break;
        case SessionProblem::NoStartDate:
            errors.append(
                {QStringLiteral("startDate"), tr("Enter the first day of the session (dd/mm/yyyy).")});
            break;
        case SessionProblem::NoEndDate:
            errors.append({QStringLiteral("endDate"), tr("Enter the last day of the session (dd/mm/yyyy).")});
            break;
        case SessionProblem::EndBeforeStart:
            errors.append(
                {QStringLiteral("endDate"), tr("The session cannot end before it starts: check the dates.")});
            break;
        case SessionProblem::NoHours:
            errors.append(
                {QStringLiteral("hours"), tr("Enter the session's length in hours (more than 0).")});
            break;
        case SessionProblem::NegativeCapacity:
            errors.append(
                {QStringLiteral("capacity"), tr("The number of places cannot be negative (0: no limit).")});
            break;
        }
    }
    if (session.courseId > 0 && !m_context.trainings().findCourse(session.courseId))
        errors.append({QStringLiteral("course"), tr("This course no longer exists: choose another one.")});
    if (session.relayId > 0 && !m_context.relays().find(session.relayId))
        errors.append({QStringLiteral("relay"), tr("This relay no longer exists: choose another one.")});
    if (session.id > 0 && session.capacity > 0) {
        const int taken = m_context.trainings().placesTaken(session.id, 0);
        if (taken > session.capacity)
            errors.append(
                {QStringLiteral("capacity"),
                 tr("%n person(s) already hold a place in this session: the capacity cannot be lower.",
                    nullptr, taken)});
    }
    return errors;
}

FieldErrors TrainingService::saveSession(TrainingSession& session)
{
    m_context.require(Permission::EditRecords);
    TrainingSession candidate = session;
    candidate.place = candidate.place.trimmed();
    FieldErrors errors = validateSession(candidate);
    if (!errors.isEmpty())
        return errors;
    try {
        m_context.transactions().inWriteTransaction([&] { m_context.trainings().saveSession(candidate); });
    } catch (const ConcurrencyConflict& e) {
        return {{QStringLiteral("version"), e.message()}};
    }
    logInfo(QStringLiteral("training session %1 saved").arg(candidate.id));
    session = candidate;
    return {};
}

QString TrainingService::problemText(EnrolmentProblem problem, const TrainingSession& session)
{
    switch (problem) {
    case EnrolmentProblem::None:
        return {};
    case EnrolmentProblem::NotAllowed:
        return tr("This change of status is not possible from the current one: see the statuses offered.");
    case EnrolmentProblem::ReasonRequired:
        return tr("Say why the enrolment is cancelled or was dropped.");
    case EnrolmentProblem::HoursOutOfRange:
        return tr("The hours done must be between 0 and the session's %1 h.").arg(hoursText(session.hours));
    case EnrolmentProblem::SessionFull:
        return tr("The session is full (%n place(s)): record a wish instead, or raise the capacity.", nullptr,
                  session.capacity);
    }
    return {};
}

FieldErrors TrainingService::enrol(qint64 sessionId, qint64 childminderId, EnrolmentStatus status,
                                   Enrolment* created)
{
    m_context.require(Permission::EditRecords);
    if (!m_context.childminders().find(childminderId))
        return {{QStringLiteral("person"), tr("Choose the childminder to enrol.")}};
    return enrolPerson(sessionId, childminderId, 0, status, created);
}

FieldErrors TrainingService::enrolProspect(qint64 sessionId, qint64 prospectId, EnrolmentStatus status,
                                           Enrolment* created)
{
    m_context.require(Permission::EditRecords);
    if (prospectId <= 0 || !m_context.trainings().prospectExists(prospectId))
        return {{QStringLiteral("person"), tr("Choose the prospect to enrol.")}};
    return enrolPerson(sessionId, 0, prospectId, status, created);
}

FieldErrors TrainingService::enrolPerson(qint64 sessionId, qint64 childminderId, qint64 prospectId,
                                         EnrolmentStatus status, Enrolment* created)
{
    FieldErrors errors;
    TrainingRepository& repo = m_context.trainings();
    m_context.transactions().inWriteTransaction([&] {
        // Read and write in one transaction: two coordinators cannot both take the last place.
        const auto session = repo.findSession(sessionId);
        if (!session) {
            errors.append({QStringLiteral("session"), tr("This session no longer exists: reload the list.")});
            return;
        }
        if (repo.enrolmentOf(sessionId, childminderId, prospectId)) {
            errors.append({QStringLiteral("person"),
                           tr("She is already on this session's list: change her status there instead.")});
            return;
        }
        const auto problem = EnrolmentRules::checkChange(*session, repo.placesTaken(sessionId, 0),
                                                         std::nullopt, status, {}, 0);
        if (problem != EnrolmentProblem::None) {
            errors.append({QStringLiteral("status"), problemText(problem, *session)});
            return;
        }
        Enrolment e;
        e.sessionId = sessionId;
        e.childminderId = childminderId;
        e.prospectId = prospectId;
        e.status = status;
        e.statusDate = m_context.clock().today();
        repo.saveEnrolment(e);
        if (created)
            *created = e;
    });
    if (errors.isEmpty())
        logInfo(QStringLiteral("enrolment in session %1 (childminder %2, prospect %3)")
                    .arg(sessionId)
                    .arg(childminderId)
                    .arg(prospectId));
    return errors;
}

FieldErrors TrainingService::changeStatus(qint64 enrolmentId, EnrolmentStatus to, const QString& reason,
                                          std::optional<double> hours)
{
    m_context.require(Permission::EditRecords);
    return move(enrolmentId, to, reason, hours, {});
}

FieldErrors TrainingService::recordAttendance(qint64 enrolmentId, std::optional<double> hours)
{
    m_context.require(Permission::EditRecords);
    return move(enrolmentId, EnrolmentStatus::Attended, {}, hours, {});
}

FieldErrors TrainingService::recordCertificate(qint64 enrolmentId, QDate date)
{
    m_context.require(Permission::EditRecords);
    return move(enrolmentId, EnrolmentStatus::Certified, {}, std::nullopt,
                date.isValid() ? date : m_context.clock().today());
}

FieldErrors TrainingService::move(qint64 enrolmentId, std::optional<EnrolmentStatus> to,
                                  const QString& reason, std::optional<double> hours, QDate certificate)
{
    FieldErrors errors;
    TrainingRepository& repo = m_context.trainings();
    try {
        m_context.transactions().inWriteTransaction([&] {
            auto e = repo.findEnrolment(enrolmentId);
            const auto session = e ? repo.findSession(e->sessionId) : std::nullopt;
            if (!e || !session) {
                errors.append({QStringLiteral("enrolment"),
                               tr("This enrolment no longer exists: reload the session.")});
                return;
            }
            const EnrolmentStatus target = *to;
            const double done = hours.value_or(session->hours);
            if (countsHours(target) && session->startDate > m_context.clock().today()) {
                errors.append({QStringLiteral("status"),
                               tr("The session has not started yet (%1): record her attendance once it has "
                                  "taken place.")
                                   .arg(session->startDate.toString(QStringLiteral("dd/MM/yyyy")))});
                return;
            }
            if (target == e->status && EnrolmentRules::recordsHours(target)) {
                // Same status again: a correction of the hours only.
                if (!EnrolmentRules::hoursInRange(done, *session)) {
                    errors.append(
                        {QStringLiteral("hours"), problemText(EnrolmentProblem::HoursOutOfRange, *session)});
                    return;
                }
                e->hoursDone = done;
                repo.saveEnrolment(*e);
                return;
            }
            const auto problem = EnrolmentRules::checkChange(*session, repo.placesTaken(session->id, e->id),
                                                             e->status, target, reason, done);
            if (problem != EnrolmentProblem::None) {
                errors.append({problem == EnrolmentProblem::ReasonRequired    ? QStringLiteral("reason")
                               : problem == EnrolmentProblem::HoursOutOfRange ? QStringLiteral("hours")
                                                                              : QStringLiteral("status"),
                               problemText(problem, *session)});
                return;
            }
            if (EnrolmentRules::recordsHours(target))
                e->hoursDone = done;
            else if (target == EnrolmentStatus::Wish || target == EnrolmentStatus::Enrolled ||
                     target == EnrolmentStatus::Cancelled)
                e->hoursDone = 0; // nothing was done (yet)
            // A drop-out keeps the hours she did, for the record; they count
            // towards no obligation (countsHours is false).
            if (target == EnrolmentStatus::Certified) {
                e->certificateDate = certificate.isValid() ? certificate : m_context.clock().today();
                if (e->hoursDone <= 0)
                    e->hoursDone = session->hours;
            }
            e->status = target;
            e->reason = EnrolmentRules::needsReason(target) ? reason.trimmed() : QString();
            e->statusDate = m_context.clock().today();
            repo.saveEnrolment(*e);
        });
    } catch (const ConcurrencyConflict& ex) {
        return {{QStringLiteral("version"), ex.message()}};
    }
    return errors;
}

TrainingHoursSummary TrainingService::hoursSummary(qint64 childminderId) const
{
    m_context.require(Permission::ReadRecords);
    TrainingHoursSummary summary;
    const QDate today = m_context.clock().today();
    summary.year = today.year();
    for (const auto& row : m_context.trainings().hoursByKind(childminderId, QDate(today.year(), 1, 1),
                                                             QDate(today.year(), 12, 31))) {
        summary.thisYear.add(hoursCategory(row.kind), row.inPeriod);
        summary.allTime.add(hoursCategory(row.kind), row.total);
    }
    return summary;
}

} // namespace parcours
