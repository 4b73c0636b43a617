// Validations, enrolment flow and hours of the training service; the demo catalogue.
#include "TrainingService.h"
#include "AppContext.h"
#include "ChildminderService.h"
#include "DemoDataGenerator.h"
#include "DemoTrainings.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"
#include "TrainingRepository.h"

#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "MamRepository.h"
#include "RelayRepository.h"
#include "TransactionRunner.h"

using namespace parcours;

namespace {
QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}

struct Setup
{
    FixedClock clock{QDate(2026, 11, 16)};
    std::unique_ptr<AppContext> ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    TrainingService service{*ctx};

    qint64 person(const QString& name)
    {
        Childminder p;
        p.usageName = name;
        p.firstName = QStringLiteral("Hélène");
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        return p.id;
    }

    qint64 course(TrainingKind kind)
    {
        TrainingCourse c;
        c.title = QStringLiteral("Cours");
        c.kind = kind;
        c.hours = 21;
        REQUIRE(service.saveCourse(c).isEmpty());
        return c.id;
    }

    qint64 session(qint64 courseId, QDate start, double hours, int capacity)
    {
        TrainingSession s;
        s.courseId = courseId;
        s.startDate = start;
        s.endDate = start.addDays(2);
        s.hours = hours;
        s.capacity = capacity;
        REQUIRE(service.saveSession(s).isEmpty());
        return s.id;
    }
};
} // namespace

TEST_CASE("Courses and sessions are validated with French messages and nothing is written on errors")
{
    Setup t;
    TrainingCourse c;
    c.title = QStringLiteral("   ");
    c.hours = -3;
    c.organisationId = 999;
    auto errors = t.service.saveCourse(c);
    CHECK(fields(errors) ==
          QStringList{QStringLiteral("title"), QStringLiteral("hours"), QStringLiteral("organisation")});
    CHECK(c.id == 0);
    CHECK(t.ctx->trainings().countCourses(false) == 0);

    TrainingSession s;
    s.courseId = 4242;
    s.startDate = QDate(2026, 12, 3);
    s.endDate = QDate(2026, 12, 1);
    s.relayId = 77;
    errors = t.service.saveSession(s);
    CHECK(fields(errors) == QStringList{QStringLiteral("endDate"), QStringLiteral("hours"),
                                        QStringLiteral("course"), QStringLiteral("relay")});
    CHECK(errors[0].message == QStringLiteral("The session cannot end before it starts: check the dates."));
    CHECK(s.id == 0);

    const qint64 courseId = t.course(TrainingKind::Continuing);
    const qint64 sessionId = t.session(courseId, QDate(2026, 12, 1), 21, 2);
    auto stored = t.ctx->trainings().findSession(sessionId);
    REQUIRE(stored);
    TrainingSession stale = *stored;
    stored->place = QStringLiteral("Verdun");
    REQUIRE(t.service.saveSession(*stored).isEmpty());
    CHECK(fields(t.service.saveSession(stale)) == QStringList{QStringLiteral("version")});
}

TEST_CASE("Enrolling stops at the capacity but still records wishes - one enrolment per person")
{
    Setup t;
    const qint64 session = t.session(t.course(TrainingKind::Continuing), QDate(2026, 12, 1), 21, 1);
    const qint64 a = t.person(QStringLiteral("Arnaud"));
    const qint64 b = t.person(QStringLiteral("Bernard"));
    Enrolment first;
    REQUIRE(t.service.enrol(session, a, EnrolmentStatus::Enrolled, &first).isEmpty());
    CHECK(first.id > 0);
    CHECK(first.statusDate == QDate(2026, 11, 16));
    auto errors = t.service.enrol(session, b, EnrolmentStatus::Enrolled);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == QStringLiteral("status"));
    CHECK(errors[0].message.startsWith(QStringLiteral("The session is full")));
    Enrolment wish;
    REQUIRE(t.service.enrol(session, b, EnrolmentStatus::Wish, &wish).isEmpty());
    CHECK(fields(t.service.enrol(session, a, EnrolmentStatus::Wish)) ==
          QStringList{QStringLiteral("person")});
    CHECK(fields(t.service.enrol(session, 999, EnrolmentStatus::Wish)) ==
          QStringList{QStringLiteral("person")});
    CHECK(fields(t.service.enrolProspect(session, 5, EnrolmentStatus::Wish)) ==
          QStringList{QStringLiteral("person")});
    // The wish cannot become an enrolment while the session is full; it can once a place frees up.
    CHECK(fields(t.service.changeStatus(wish.id, EnrolmentStatus::Enrolled)) ==
          QStringList{QStringLiteral("status")});
    CHECK(fields(t.service.changeStatus(first.id, EnrolmentStatus::Cancelled)) ==
          QStringList{QStringLiteral("reason")});
    REQUIRE(
        t.service.changeStatus(first.id, EnrolmentStatus::Cancelled, QStringLiteral(" Malade ")).isEmpty());
    CHECK(t.ctx->trainings().findEnrolment(first.id)->reason == QStringLiteral("Malade"));
    CHECK(t.service.changeStatus(wish.id, EnrolmentStatus::Enrolled).isEmpty());
    CHECK(t.ctx->trainings().sessionRow(session)->enrolled == 1);
}

TEST_CASE("Attendance records the session hours by default and the summary counts them by category and year")
{
    Setup t;
    const qint64 her = t.person(QStringLiteral("Lefèvre"));
    const qint64 cont = t.course(TrainingKind::Continuing);
    const qint64 review = t.course(TrainingKind::PracticeReview);
    const qint64 block = t.course(TrainingKind::InitialBlock2);
    const qint64 thisYear = t.session(cont, QDate(2026, 3, 2), 21, 10);
    const qint64 group = t.session(review, QDate(2026, 10, 6), 2, 10);
    const qint64 lastYear = t.session(block, QDate(2025, 5, 5), 25, 10);
    const qint64 leftEarly = t.session(cont, QDate(2026, 6, 1), 14, 10);
    Enrolment a, b, c, d;
    REQUIRE(t.service.enrol(thisYear, her, EnrolmentStatus::Enrolled, &a).isEmpty());
    REQUIRE(t.service.enrol(group, her, EnrolmentStatus::Enrolled, &b).isEmpty());
    REQUIRE(t.service.enrol(lastYear, her, EnrolmentStatus::Enrolled, &c).isEmpty());
    REQUIRE(t.service.enrol(leftEarly, her, EnrolmentStatus::Enrolled, &d).isEmpty());

    REQUIRE(t.service.recordAttendance(a.id).isEmpty());
    CHECK(t.ctx->trainings().findEnrolment(a.id)->hoursDone == 21);
    // Too many hours are refused; a correction of the hours is accepted.
    auto errors = t.service.recordAttendance(b.id, 3);
    REQUIRE(fields(errors) == QStringList{QStringLiteral("hours")});
    CHECK(errors[0].message == QStringLiteral("The hours done must be between 0 and the session's 2 h."));
    REQUIRE(t.service.recordAttendance(b.id, 1.5).isEmpty());
    REQUIRE(t.service.recordAttendance(b.id, 2).isEmpty());
    REQUIRE(t.service.changeStatus(c.id, EnrolmentStatus::Completed, {}, 20).isEmpty());
    REQUIRE(t.service.recordCertificate(c.id, QDate(2025, 6, 30)).isEmpty());
    const auto certified = t.ctx->trainings().findEnrolment(c.id);
    CHECK(certified->status == EnrolmentStatus::Certified);
    CHECK(certified->certificateDate == QDate(2025, 6, 30));
    CHECK(certified->hoursDone == 20);
    REQUIRE(t.service.recordAttendance(d.id, 7).isEmpty());
    REQUIRE(t.service.changeStatus(d.id, EnrolmentStatus::Dropped, QStringLiteral("Santé")).isEmpty());
    CHECK(t.ctx->trainings().findEnrolment(d.id)->hoursDone == 7); // kept, not counted
    // Certificate is final.
    CHECK(fields(t.service.changeStatus(c.id, EnrolmentStatus::Enrolled)) ==
          QStringList{QStringLiteral("status")});

    const TrainingHoursSummary s = t.service.hoursSummary(her);
    CHECK(s.year == 2026);
    CHECK(s.thisYear.continuing == 23); // 21 + the practice-review group's 2
    CHECK(s.thisYear.initialFirstPart == 0);
    CHECK(s.allTime.initialFirstPart == 20);
    CHECK(s.allTime.continuing == 23);
    CHECK(s.allTime.total() == 43);
}

TEST_CASE("The demo catalogue enrols existing people in every status with hours within the sessions")
{
    FixedClock clock{QDate(2026, 11, 16)};
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    DemoDataGenerator generator(ctx->childminders(), ctx->approvals(), ctx->relays(), ctx->mams(),
                                ctx->transactions(), ctx->clock(), ctx->rules());
    generator.generate(300, 7);
    DemoTrainings demo(*ctx);
    const int enrolments = demo.generate(7);
    CHECK(enrolments > 200);
    CHECK(demo.coursesWritten() == 13);
    CHECK(ctx->trainings().organisations().size() == 6);

    TrainingSessionFilter all;
    all.limit = 1000;
    const auto sessions = ctx->trainings().sessions(all);
    CHECK(sessions.size() == demo.sessionsWritten());
    QSet<EnrolmentStatus> seen;
    bool upcoming = false;
    for (const auto& row : sessions) {
        upcoming = upcoming || row.session.startDate > clock.today();
        CHECK(row.session.endDate >= row.session.startDate);
        if (row.session.capacity > 0)
            CHECK(row.enrolled <= row.session.capacity);
        for (const auto& e : ctx->trainings().enrolmentsForSession(row.session.id)) {
            seen.insert(e.enrolment.status);
            CHECK(e.enrolment.hoursDone <= row.session.hours);
            if (countsHours(e.enrolment.status))
                CHECK(e.enrolment.hoursDone > 0);
            if (EnrolmentRules::needsReason(e.enrolment.status))
                CHECK_FALSE(e.enrolment.reason.isEmpty());
            if (row.session.startDate > clock.today())
                CHECK_FALSE(countsHours(e.enrolment.status));
        }
    }
    CHECK(upcoming);
    CHECK(seen.size() == allEnrolmentStatuses().size());

    // Same seed, same data.
    auto again = AppContext::openOn(parcours::testing::openTestDatabase(), clock);
    DemoDataGenerator(again->childminders(), again->approvals(), again->relays(), again->mams(),
                      again->transactions(), again->clock(), again->rules())
        .generate(300, 7);
    CHECK(DemoTrainings(*again).generate(7) == enrolments);
}
