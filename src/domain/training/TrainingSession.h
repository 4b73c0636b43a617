#pragma once

#include "TrainingKind.h"

#include <QDate>
#include <QString>
#include <optional>

namespace parcours {

// One dated run of a course, with its own hours, place and capacity, often
// organised with a relay (RPE).
struct TrainingSession
{
    qint64 id = 0;
    qint64 courseId = 0;
    QDate startDate;
    QDate endDate;
    double hours = 0;
    QString place;
    int capacity = 0;   // places offered; 0: no limit (information meetings)
    qint64 relayId = 0; // the partner RPE; 0: none
    QString notes;
    int version = 0;
};

// A session as lists show it: with its course and how full it is.
struct TrainingSessionRow
{
    TrainingSession session;
    QString courseTitle;
    TrainingKind kind = TrainingKind::Continuing;
    QString organisationName;
    QString relayName;
    int enrolled = 0; // enrolments that take a place (enrolled, attended, completed, certified)
    int wishes = 0;
    // Places still free; -1 when the session has no limit.
    int placesLeft() const { return session.capacity > 0 ? qMax(0, session.capacity - enrolled) : -1; }
};

// What the session list shows: filters and one page, all done in SQL.
struct TrainingSessionFilter
{
    QDate from; // sessions ending on or after (null: no bound)
    QDate to;   // sessions starting on or before (null: no bound)
    std::optional<TrainingKind> kind;
    qint64 relayId = 0;  // 0: any
    qint64 courseId = 0; // 0: any
    // When valid, sessions not yet over (end >= today) come first, soonest
    // first, then past ones, latest first. When null: by start date.
    QDate today;
    int offset = 0;
    int limit = 200;
};

} // namespace parcours
