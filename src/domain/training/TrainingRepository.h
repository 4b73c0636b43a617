#pragma once

#include "Enrolment.h"
#include "TrainingCourse.h"
#include "TrainingSession.h"

#include <QList>
#include <optional>

namespace parcours {

// Training catalogue: courses, sessions and enrolments. Saves insert (id 0)
// or update with the version checked (ConcurrencyConflict when stale).
class TrainingRepository
{
  public:
    virtual ~TrainingRepository() = default;

    // Courses, by title; `activeOnly` hides withdrawn ones.
    virtual void saveCourse(TrainingCourse& course) = 0;
    virtual std::optional<TrainingCourse> findCourse(qint64 id) const = 0;
    virtual QList<TrainingCourse> courses(bool activeOnly, int offset = 0, int limit = 500) const = 0;
    virtual int countCourses(bool activeOnly) const = 0;
    // Removes a course with its sessions and enrolments.
    virtual void removeCourse(qint64 id) = 0;

    virtual void saveSession(TrainingSession& session) = 0;
    virtual std::optional<TrainingSession> findSession(qint64 id) const = 0;
    virtual std::optional<TrainingSessionRow> sessionRow(qint64 id) const = 0;
    virtual QList<TrainingSessionRow> sessions(const TrainingSessionFilter& filter) const = 0;
    virtual int countSessions(const TrainingSessionFilter& filter) const = 0;
    virtual void removeSession(qint64 id) = 0;
    // Places used in the session (statuses that takesPlace()), excluding one enrolment.
    virtual int placesTaken(qint64 sessionId, qint64 exceptEnrolmentId = 0) const = 0;

    virtual void saveEnrolment(Enrolment& enrolment) = 0;
    virtual std::optional<Enrolment> findEnrolment(qint64 id) const = 0;
    // Her enrolment in that session, if any (childminderId or prospectId, the other 0).
    virtual std::optional<Enrolment> enrolmentOf(qint64 sessionId, qint64 childminderId,
                                                 qint64 prospectId = 0) const = 0;
    // By name.
    virtual QList<EnrolmentRow> enrolmentsForSession(qint64 sessionId) const = 0;
    // Latest session first.
    virtual QList<EnrolmentRow> enrolmentsForChildminder(qint64 childminderId) const = 0;
    virtual QList<EnrolmentRow> enrolmentsForProspect(qint64 prospectId) const = 0;
    // Her hours done per course kind (statuses that countsHours()), those of
    // sessions ending within [from, to] and in all.
    virtual QList<KindHours> hoursByKind(qint64 childminderId, QDate from, QDate to) const = 0;

    // Partners that give or prescribe training, by name.
    virtual QList<TrainingOrganisation> organisations() const = 0;
    // Adds a partner row for an organisation (demo data, when the partners
    // directory has none of that kind yet); sets organisation.id.
    virtual void addOrganisation(TrainingOrganisation& organisation) = 0;
    virtual bool prospectExists(qint64 prospectId) const = 0;
};

} // namespace parcours
