// Courses, sessions and enrolments on SQLite: filters and counts in SQL,
// places taken, hours by kind, organisations read from the partners directory.
#include "../StorageFixtures.h"
#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlChildminderRepository.h"
#include "SqlRelayRepository.h"
#include "SqlTrainingRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Trainings
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlRelayRepository relays{*db};
    SqlTrainingRepository repo{*db};

    qint64 person(const QString& name, const QString& first = QStringLiteral("A"))
    {
        Childminder p = makePerson(name, first);
        people.insert(p);
        return p.id;
    }

    qint64 partner(const QString& name, const QString& kind)
    {
        db->execute(QStringLiteral("INSERT INTO partners(name, kind, sort_name) VALUES ('%1', '%2', '%1')")
                        .arg(name, kind));
        QSqlQuery q(db->connection());
        q.exec(QStringLiteral("SELECT max(id) FROM partners"));
        q.next();
        return q.value(0).toLongLong();
    }

    qint64 course(const QString& title, TrainingKind kind, qint64 organisation = 0)
    {
        TrainingCourse c;
        c.title = title;
        c.kind = kind;
        c.organisationId = organisation;
        c.hours = 21;
        repo.saveCourse(c);
        return c.id;
    }

    qint64 session(qint64 courseId, QDate start, QDate end, double hours, int capacity, qint64 relay = 0)
    {
        TrainingSession s;
        s.courseId = courseId;
        s.startDate = start;
        s.endDate = end;
        s.hours = hours;
        s.capacity = capacity;
        s.relayId = relay;
        s.place = QStringLiteral("Verdun");
        repo.saveSession(s);
        return s.id;
    }

    qint64 enrol(qint64 sessionId, qint64 personId, EnrolmentStatus status, double hours = 0)
    {
        Enrolment e;
        e.sessionId = sessionId;
        e.childminderId = personId;
        e.status = status;
        e.hoursDone = hours;
        e.statusDate = QDate(2026, 1, 5);
        repo.saveEnrolment(e);
        return e.id;
    }
};
} // namespace

TEST_CASE("Training courses are saved, read with their organisation, updated with version checks")
{
    Trainings t;
    const qint64 iperia = t.partner(QStringLiteral("Familles Rurales"), QStringLiteral("iperia_body"));
    t.partner(QStringLiteral("CAF de la Meuse"), QStringLiteral("caf"));
    const qint64 dept = t.partner(QStringLiteral("Département"), QStringLiteral("departement"));

    const auto organisations = t.repo.organisations();
    REQUIRE(organisations.size() == 2); // the CAF trains nobody
    CHECK(organisations[0].id == dept);
    CHECK(organisations[1].name == QStringLiteral("Familles Rurales"));
    CHECK(organisations[1].kind == QStringLiteral("iperia_body"));

    const qint64 id = t.course(QStringLiteral("Éveil"), TrainingKind::Continuing, iperia);
    auto course = t.repo.findCourse(id);
    REQUIRE(course);
    CHECK(course->title == QStringLiteral("Éveil"));
    CHECK(course->organisationName == QStringLiteral("Familles Rurales"));
    CHECK(course->version == 1);
    TrainingCourse stale = *course;
    course->active = false;
    t.repo.saveCourse(*course);
    CHECK(course->version == 2);
    CHECK_THROWS_AS(t.repo.saveCourse(stale), ConcurrencyConflict);
    t.course(QStringLiteral("Accueil"), TrainingKind::InitialBlock1);
    CHECK(t.repo.countCourses(false) == 2);
    CHECK(t.repo.countCourses(true) == 1);
    const auto all = t.repo.courses(false, 0, 100);
    REQUIRE(all.size() == 2);
    CHECK(all[0].title == QStringLiteral("Accueil"));
    CHECK(all[0].organisationId == 0);
    t.repo.removeCourse(id);
    CHECK_FALSE(t.repo.findCourse(id));
}

TEST_CASE("The session list filters by period, kind, relay and course and counts places in SQL")
{
    Trainings t;
    Relay r;
    r.name = QStringLiteral("RPE de Verdun");
    t.relays.save(r);
    const qint64 cont = t.course(QStringLiteral("Éveil"), TrainingKind::Continuing);
    const qint64 block = t.course(QStringLiteral("Bloc 1"), TrainingKind::InitialBlock1);
    const qint64 past = t.session(cont, QDate(2026, 2, 2), QDate(2026, 2, 4), 21, 3, r.id);
    const qint64 older = t.session(block, QDate(2025, 10, 6), QDate(2025, 10, 10), 30, 10);
    const qint64 soon = t.session(cont, QDate(2026, 12, 1), QDate(2026, 12, 3), 21, 2);
    const qint64 later = t.session(block, QDate(2027, 1, 11), QDate(2027, 1, 15), 30, 0, r.id);
    // Running on "today" (16/11/2026 ends before 17/11): counts as not over.
    const qint64 running = t.session(block, QDate(2026, 11, 10), QDate(2026, 11, 17), 30, 12);

    const qint64 a = t.person(QStringLiteral("Arnaud"));
    const qint64 b = t.person(QStringLiteral("Bernard"));
    const qint64 c = t.person(QStringLiteral("Colin"));
    t.enrol(past, a, EnrolmentStatus::Attended, 21);
    t.enrol(past, b, EnrolmentStatus::Cancelled);
    t.enrol(past, c, EnrolmentStatus::Certified, 21);
    t.enrol(soon, a, EnrolmentStatus::Wish);
    t.enrol(soon, b, EnrolmentStatus::Enrolled);

    TrainingSessionFilter f;
    f.today = QDate(2026, 11, 16);
    auto rows = t.repo.sessions(f);
    QList<qint64> order;
    for (const auto& row : rows)
        order << row.session.id;
    CHECK(order == QList<qint64>{running, soon, later, past, older});
    CHECK(t.repo.countSessions(f) == 5);

    const auto pastRow = t.repo.sessionRow(past);
    REQUIRE(pastRow);
    CHECK(pastRow->enrolled == 2); // attended + certified; cancelled takes no place
    CHECK(pastRow->placesLeft() == 1);
    CHECK(pastRow->relayName == QStringLiteral("RPE de Verdun"));
    CHECK(pastRow->courseTitle == QStringLiteral("Éveil"));
    const auto soonRow = t.repo.sessionRow(soon);
    CHECK(soonRow->enrolled == 1);
    CHECK(soonRow->wishes == 1);
    CHECK(t.repo.sessionRow(later)->placesLeft() == -1);
    CHECK(t.repo.placesTaken(past, 0) == 2);

    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 11, 30);
    CHECK(t.repo.countSessions(f) == 2); // past, running
    f.kind = TrainingKind::Continuing;
    rows = t.repo.sessions(f);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].session.id == past);
    f = {};
    f.relayId = r.id;
    CHECK(t.repo.countSessions(f) == 2);
    f = {};
    f.courseId = block;
    CHECK(t.repo.countSessions(f) == 3);
    // No "today": plain start-date order; paging.
    f.limit = 2;
    f.offset = 1;
    rows = t.repo.sessions(f);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].session.id == running);
    CHECK(rows[1].session.id == later);

    auto s = t.repo.findSession(soon);
    REQUIRE(s);
    TrainingSession stale = *s;
    s->place = QStringLiteral("Bar-le-Duc");
    t.repo.saveSession(*s);
    CHECK(t.repo.findSession(soon)->place == QStringLiteral("Bar-le-Duc"));
    CHECK_THROWS_AS(t.repo.saveSession(stale), ConcurrencyConflict);
    t.repo.removeSession(soon);
    CHECK_FALSE(t.repo.findSession(soon));
}

TEST_CASE("Enrolments are listed by session and by person - hours are summed by kind and period")
{
    Trainings t;
    const qint64 cont = t.course(QStringLiteral("Éveil"), TrainingKind::Continuing);
    const qint64 block = t.course(QStringLiteral("Bloc 1"), TrainingKind::InitialBlock1);
    const qint64 s2025 = t.session(cont, QDate(2025, 12, 29), QDate(2026, 1, 2), 21, 10);
    const qint64 s2026 = t.session(cont, QDate(2026, 3, 2), QDate(2026, 3, 4), 14, 10);
    const qint64 b2026 = t.session(block, QDate(2026, 4, 6), QDate(2026, 4, 10), 30, 10);
    const qint64 dropped = t.session(block, QDate(2026, 5, 4), QDate(2026, 5, 8), 30, 10);
    const qint64 zoe = t.person(QStringLiteral("Émery"), QStringLiteral("Zoé"));
    const qint64 ana = t.person(QStringLiteral("Dupont"), QStringLiteral("Ana"));
    const qint64 e1 = t.enrol(s2025, zoe, EnrolmentStatus::Certified, 21);
    t.enrol(s2026, zoe, EnrolmentStatus::Completed, 12);
    t.enrol(b2026, zoe, EnrolmentStatus::Attended, 30);
    t.enrol(dropped, zoe, EnrolmentStatus::Dropped, 6); // kept, but not counted
    t.enrol(s2026, ana, EnrolmentStatus::Attended, 14);

    const auto hours = t.repo.hoursByKind(zoe, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(hours.size() == 2);
    // Ordered by key: continuing, initial_block1. The session ending 2/1/2026 is in 2026.
    CHECK(hours[0].kind == TrainingKind::Continuing);
    CHECK(hours[0].inPeriod == 33);
    CHECK(hours[0].total == 33);
    CHECK(hours[1].kind == TrainingKind::InitialBlock1);
    CHECK(hours[1].inPeriod == 30);
    const auto lastYear = t.repo.hoursByKind(zoe, QDate(2025, 1, 1), QDate(2025, 12, 31));
    CHECK(lastYear[0].inPeriod == 0);
    CHECK(lastYear[0].total == 33);

    const auto hers = t.repo.enrolmentsForChildminder(zoe);
    REQUIRE(hers.size() == 4);
    CHECK(hers[0].enrolment.sessionId == dropped); // latest first
    CHECK(hers[0].enrolment.status == EnrolmentStatus::Dropped);
    CHECK(hers[3].enrolment.id == e1);
    CHECK(hers[3].courseTitle == QStringLiteral("Éveil"));
    CHECK(hers[3].sessionEnd == QDate(2026, 1, 2));
    CHECK(hers[3].sessionHours == 21);
    CHECK(hers[3].personName == QStringLiteral("ÉMERY Zoé"));

    const auto list = t.repo.enrolmentsForSession(s2026);
    REQUIRE(list.size() == 2);
    CHECK(list[0].personName == QStringLiteral("DUPONT Ana")); // folded order: Dupont before Émery
    CHECK(list[1].personName == QStringLiteral("ÉMERY Zoé"));
    CHECK(list[1].enrolment.hoursDone == 12);

    auto found = t.repo.enrolmentOf(s2026, zoe, 0);
    REQUIRE(found);
    CHECK(found->status == EnrolmentStatus::Completed);
    CHECK_FALSE(t.repo.enrolmentOf(b2026, ana, 0));
    Enrolment stale = *found;
    found->status = EnrolmentStatus::Certified;
    found->certificateDate = QDate(2026, 3, 20);
    t.repo.saveEnrolment(*found);
    CHECK(t.repo.findEnrolment(found->id)->certificateDate == QDate(2026, 3, 20));
    CHECK_THROWS_AS(t.repo.saveEnrolment(stale), ConcurrencyConflict);
    // One enrolment per person and session.
    CHECK_THROWS(t.enrol(s2026, zoe, EnrolmentStatus::Wish));
}
