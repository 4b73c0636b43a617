#include "TrainingRowReader.h"

#include "SqlValues.h"

#include <QSqlQuery>

namespace parcours::trainingrows {

TrainingCourse courseFrom(const QSqlQuery& q)
{
    TrainingCourse c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.kind = trainingKindFromKey(q.value(2).toString()).value_or(TrainingKind::Continuing);
    c.organisationId = q.value(3).toLongLong();
    c.hours = q.value(4).toDouble();
    c.description = q.value(5).toString();
    c.active = q.value(6).toBool();
    c.version = q.value(7).toInt();
    c.organisationName = q.value(8).toString();
    return c;
}

TrainingSessionRow sessionRowFrom(const QSqlQuery& q)
{
    TrainingSessionRow row;
    TrainingSession& s = row.session;
    s.id = q.value(0).toLongLong();
    s.courseId = q.value(1).toLongLong();
    s.startDate = dateFromDb(q.value(2));
    s.endDate = dateFromDb(q.value(3));
    s.hours = q.value(4).toDouble();
    s.place = q.value(5).toString();
    s.capacity = q.value(6).toInt();
    s.relayId = q.value(7).toLongLong();
    s.notes = q.value(8).toString();
    s.version = q.value(9).toInt();
    row.courseTitle = q.value(10).toString();
    row.kind = trainingKindFromKey(q.value(11).toString()).value_or(TrainingKind::Continuing);
    row.organisationName = q.value(12).toString();
    row.relayName = q.value(13).toString();
    row.enrolled = q.value(14).toInt();
    row.wishes = q.value(15).toInt();
    return row;
}

Enrolment enrolmentFrom(const QSqlQuery& q, int first)
{
    Enrolment e;
    e.id = q.value(first + 0).toLongLong();
    e.sessionId = q.value(first + 1).toLongLong();
    e.childminderId = q.value(first + 2).toLongLong();
    e.prospectId = q.value(first + 3).toLongLong();
    e.status = enrolmentStatusFromKey(q.value(first + 4).toString()).value_or(EnrolmentStatus::Wish);
    e.reason = q.value(first + 5).toString();
    e.hoursDone = q.value(first + 6).toDouble();
    e.certificateDate = dateFromDb(q.value(first + 7));
    e.statusDate = dateFromDb(q.value(first + 8));
    e.version = q.value(first + 9).toInt();
    return e;
}

} // namespace parcours::trainingrows
