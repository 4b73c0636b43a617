#pragma once

#include "CareerRepository.h"
#include "SqlDialect.h"
#include "TrainingKind.h"

#include <QString>

namespace parcours::career_sql {

// `'a', 'b'`: the enrolment statuses whose hours count (countsHours()).
QString countingStatusList();
// `'a', 'b'`: the course kinds whose hours go to `category` (hoursCategory()).
QString kindList(TrainingHoursCategory category);
// QDate::addMonths / addYears in SQL, as ISO text. SQLite's date(d, '+n
// months') rolls 31/08 + 6 months over to 03/03, where Qt (and the PMI) stop
// at the month's last day: the smaller of the two is Qt's answer. PostgreSQL's
// date + interval already stops there.
QString addMonthsSql(const SqlDialect& dialect, const QString& dateExpr, int months);
// "WITH base AS (...), due AS (cid, kind, deadline)": the working people whose
// agrément is in force and their training deadlines within the query's window,
// the same rules as ObligationRules. The caller appends the final SELECT.
QString dueDeadlinesSql(const SqlDialect& dialect, const DueDeadlineQuery& query);

} // namespace parcours::career_sql
