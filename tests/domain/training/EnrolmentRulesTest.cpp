// The enrolment life cycle and the session checks, with no database.
#include "EnrolmentRules.h"
#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace parcours;
using S = EnrolmentStatus;

namespace {
TrainingSession session(double hours, int capacity)
{
    TrainingSession s;
    s.courseId = 1;
    s.startDate = QDate(2026, 3, 2);
    s.endDate = QDate(2026, 3, 4);
    s.hours = hours;
    s.capacity = capacity;
    return s;
}
} // namespace

TEST_CASE("Enrolment statuses follow wish then enrolled then attended or completed then certificate")
{
    CHECK(EnrolmentRules::initialStatuses() == QList<S>{S::Wish, S::Enrolled});
    CHECK(EnrolmentRules::canMove(S::Wish, S::Enrolled));
    CHECK(EnrolmentRules::canMove(S::Enrolled, S::Attended));
    CHECK(EnrolmentRules::canMove(S::Enrolled, S::Completed));
    CHECK(EnrolmentRules::canMove(S::Attended, S::Certified));
    CHECK(EnrolmentRules::canMove(S::Completed, S::Certified));
    CHECK(EnrolmentRules::canMove(S::Cancelled, S::Enrolled));
    // Not allowed: skipping the enrolment, going back, leaving a final status.
    CHECK_FALSE(EnrolmentRules::canMove(S::Wish, S::Attended));
    CHECK_FALSE(EnrolmentRules::canMove(S::Completed, S::Enrolled));
    CHECK_FALSE(EnrolmentRules::canMove(S::Certified, S::Dropped));
    CHECK_FALSE(EnrolmentRules::canMove(S::Dropped, S::Enrolled));
    CHECK_FALSE(EnrolmentRules::canMove(S::Enrolled, S::Enrolled));
    CHECK(EnrolmentRules::nextStatuses(S::Certified).isEmpty());
    for (auto from : allEnrolmentStatuses())
        CHECK_FALSE(EnrolmentRules::nextStatuses(from).contains(from));
}

TEST_CASE("Cancelling or dropping out needs a reason - spaces are no reason")
{
    const auto s = session(21, 12);
    CHECK(EnrolmentRules::checkChange(s, 0, S::Enrolled, S::Cancelled, QStringLiteral("  "), 0) ==
          EnrolmentProblem::ReasonRequired);
    CHECK(EnrolmentRules::checkChange(s, 0, S::Attended, S::Dropped, {}, 0) ==
          EnrolmentProblem::ReasonRequired);
    CHECK(EnrolmentRules::checkChange(s, 0, S::Enrolled, S::Cancelled, QStringLiteral("Malade"), 0) ==
          EnrolmentProblem::None);
    CHECK(EnrolmentRules::needsReason(S::Dropped));
    CHECK_FALSE(EnrolmentRules::needsReason(S::Certified));
}

TEST_CASE("Hours done lie between 0 and the session hours when attended or completed")
{
    const auto s = session(21, 12);
    CHECK(EnrolmentRules::checkChange(s, 3, S::Enrolled, S::Attended, {}, 21) == EnrolmentProblem::None);
    CHECK(EnrolmentRules::checkChange(s, 3, S::Enrolled, S::Attended, {}, 0) == EnrolmentProblem::None);
    CHECK(EnrolmentRules::checkChange(s, 3, S::Enrolled, S::Completed, {}, 21.5) ==
          EnrolmentProblem::HoursOutOfRange);
    CHECK(EnrolmentRules::checkChange(s, 3, S::Enrolled, S::Attended, {}, -1) ==
          EnrolmentProblem::HoursOutOfRange);
    // A certificate records no hours of its own: the hours given are not checked.
    CHECK(EnrolmentRules::checkChange(s, 3, S::Completed, S::Certified, {}, 99) == EnrolmentProblem::None);
    CHECK(EnrolmentRules::recordsHours(S::Attended));
    CHECK_FALSE(EnrolmentRules::recordsHours(S::Wish));
}

TEST_CASE("A full session refuses an enrolment but takes a wish - no capacity means no limit")
{
    const auto full = session(7, 2);
    CHECK(EnrolmentRules::checkChange(full, 2, std::nullopt, S::Enrolled, {}, 0) ==
          EnrolmentProblem::SessionFull);
    CHECK(EnrolmentRules::checkChange(full, 2, std::nullopt, S::Wish, {}, 0) == EnrolmentProblem::None);
    CHECK(EnrolmentRules::checkChange(full, 1, std::nullopt, S::Enrolled, {}, 0) == EnrolmentProblem::None);
    // A wish turned enrolment needs a place; an enrolled person attending already has hers.
    CHECK(EnrolmentRules::checkChange(full, 2, S::Wish, S::Enrolled, {}, 0) == EnrolmentProblem::SessionFull);
    CHECK(EnrolmentRules::checkChange(full, 2, S::Enrolled, S::Attended, {}, 7) == EnrolmentProblem::None);
    CHECK(EnrolmentRules::checkChange(session(3, 0), 500, std::nullopt, S::Enrolled, {}, 0) ==
          EnrolmentProblem::None);
    // A new enrolment cannot start past "enrolled".
    CHECK(EnrolmentRules::checkChange(full, 0, std::nullopt, S::Attended, {}, 7) ==
          EnrolmentProblem::NotAllowed);
}

TEST_CASE("A session ends on or after its start and lasts more than 0 hours")
{
    CHECK(EnrolmentRules::checkSession(session(21, 12)).isEmpty());
    auto oneDay = session(7, 0);
    oneDay.endDate = oneDay.startDate;
    CHECK(EnrolmentRules::checkSession(oneDay).isEmpty());
    auto wrong = session(0, -1);
    wrong.endDate = wrong.startDate.addDays(-1);
    wrong.courseId = 0;
    CHECK(EnrolmentRules::checkSession(wrong) ==
          QList<SessionProblem>{SessionProblem::NoCourse, SessionProblem::EndBeforeStart,
                                SessionProblem::NoHours, SessionProblem::NegativeCapacity});
    TrainingSession empty;
    empty.courseId = 1;
    empty.hours = 3;
    CHECK(EnrolmentRules::checkSession(empty) ==
          QList<SessionProblem>{SessionProblem::NoStartDate, SessionProblem::NoEndDate});
}

TEST_CASE("Hours add up per obligation category")
{
    TrainingHours h;
    h.add(hoursCategory(TrainingKind::InitialBlock1), 30);
    h.add(hoursCategory(TrainingKind::FirstAid), 7);
    h.add(hoursCategory(TrainingKind::PracticeReview), 2);
    h.add(hoursCategory(TrainingKind::Continuing), 21);
    h.add(hoursCategory(TrainingKind::InformationMeeting), 3);
    CHECK(h.initialFirstPart == 37);
    CHECK(h.continuing == 23);
    CHECK(h.other == 3);
    CHECK(h.total() == 63);
}
