#pragma once

#include "Enrolment.h"
#include "TrainingCourse.h"
#include "TrainingSession.h"

class QSqlQuery;

namespace parcours::trainingrows {

// The training repository's rows, read from the columns its SELECTs list
// (SqlTrainingRepository.cpp: kCourseColumns, sessionColumns(),
// kEnrolmentColumns), in that order.
TrainingCourse courseFrom(const QSqlQuery& q);
TrainingSessionRow sessionRowFrom(const QSqlQuery& q);
// `first`: the column the enrolment's id is in (after other columns in a join).
Enrolment enrolmentFrom(const QSqlQuery& q, int first = 0);

} // namespace parcours::trainingrows
