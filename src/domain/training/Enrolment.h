#pragma once

#include "EnrolmentStatus.h"
#include "TrainingKind.h"

#include <QDate>
#include <QString>

namespace parcours {

// A person's place in a session: a childminder, or a prospect not yet approved.
// hoursDone counts towards her obligations when countsHours(status), by the
// course kind's hoursCategory(), dated by the session's end date.
struct Enrolment
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 childminderId = 0; // one of these two is set
    qint64 prospectId = 0;
    EnrolmentStatus status = EnrolmentStatus::Enrolled;
    QString reason; // why cancelled / dropped
    double hoursDone = 0;
    QDate certificateDate; // attestation received
    QDate statusDate;      // when the status last changed
    int version = 0;
};

// An enrolment with what lists show beside it.
struct EnrolmentRow
{
    Enrolment enrolment;
    QString personName; // "SURNAME First name"
    qint64 courseId = 0;
    QString courseTitle;
    TrainingKind kind = TrainingKind::Continuing;
    QDate sessionStart;
    QDate sessionEnd;
    double sessionHours = 0;
};

// Hours done of one kind: in a period and in all.
struct KindHours
{
    TrainingKind kind = TrainingKind::Continuing;
    double inPeriod = 0;
    double total = 0;
};

// Hours counted per obligation category.
struct TrainingHours
{
    double initialFirstPart = 0;
    double initialSecondPart = 0;
    double continuing = 0;
    double other = 0; // kinds that count towards no obligation
    double total() const { return initialFirstPart + initialSecondPart + continuing + other; }
    void add(TrainingHoursCategory category, double hours);
};

struct TrainingHoursSummary
{
    int year = 0;
    TrainingHours thisYear; // sessions ending this calendar year
    TrainingHours allTime;
};

} // namespace parcours
