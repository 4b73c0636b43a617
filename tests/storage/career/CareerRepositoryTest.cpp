#include "../StorageFixtures.h"
#include "ApprovalRules.h"
#include "CareerDeadlineSql.h"
#include "Database.h"
#include "DomainError.h"
#include "ObligationRules.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlCareerRepository.h"
#include "SqlChildminderRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Register
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlApprovalRepository approvals{*db};
    SqlCareerRepository careers{*db};
    int sessions = 0;

    qint64 person(const QString& name, QDate firstStart = {}, QDate renewedOn = {})
    {
        Childminder p = makePerson(name, QStringLiteral("Anne"));
        people.insert(p);
        if (firstStart.isValid()) {
            const ApprovalRules rules;
            Approval first = makeApproval(p.id, name + QStringLiteral("-1"), firstStart,
                                          rules.validityEnd(firstStart, false, {}));
            approvals.save(first);
            if (renewedOn.isValid()) {
                Approval renewal = makeApproval(p.id, name + QStringLiteral("-2"), renewedOn,
                                                rules.validityEnd(renewedOn, true, {}));
                renewal.isRenewal = true;
                approvals.save(renewal);
            }
        }
        return p.id;
    }

    // One session of a course of `kind`, ending on `end`, with her enrolment.
    void hours(qint64 person, const QString& kind, QDate end, double done, const QString& status)
    {
        ++sessions;
        db->execute(
            QStringLiteral("INSERT INTO training_courses(id, title, kind, hours) VALUES (%1, 'C', '%2', %3)")
                .arg(sessions)
                .arg(kind)
                .arg(done));
        db->execute(
            QStringLiteral("INSERT INTO training_sessions(id, course_id, start_date, end_date, hours) "
                           "VALUES (%1, %1, '%2', '%3', %4)")
                .arg(sessions)
                .arg(end.addDays(-3).toString(Qt::ISODate), end.toString(Qt::ISODate))
                .arg(done));
        db->execute(QStringLiteral("INSERT INTO enrolments(session_id, childminder_id, status, hours_done, "
                                   "status_date, created_at) VALUES (%1, %2, '%3', %4, '%5', '%5')")
                        .arg(sessions)
                        .arg(person)
                        .arg(status)
                        .arg(done)
                        .arg(end.toString(Qt::ISODate)));
    }

    void event(qint64 person, QDate date, CareerEventKind kind, const QString& detail = {})
    {
        CareerEvent e;
        e.childminderId = person;
        e.date = date;
        e.kind = kind;
        e.detail = detail;
        careers.save(e);
    }

    void result(qint64 person, QualificationKind kind, QualificationResult result, QDate date)
    {
        Qualification q;
        q.childminderId = person;
        q.kind = kind;
        q.result = result;
        q.date = date;
        careers.save(q);
    }
};

DueDeadlineQuery window(QDate today, int months = 3)
{
    DueDeadlineQuery q;
    q.today = today;
    q.dueBy = today.addMonths(months);
    return q;
}
} // namespace

TEST_CASE("Qualifications, events and immersions are stored with a version")
{
    Register r;
    const qint64 id = r.person(QStringLiteral("Perrin"));
    Qualification q;
    q.childminderId = id;
    q.kind = QualificationKind::CapEp3;
    q.result = QualificationResult::Passed;
    q.date = QDate(2025, 6, 12);
    q.label = QStringLiteral("Session de juin");
    r.careers.save(q);
    CHECK(q.version == 1);
    auto found = r.careers.findQualification(q.id);
    REQUIRE(found);
    CHECK(found->kind == QualificationKind::CapEp3);
    CHECK(found->result == QualificationResult::Passed);
    CHECK(found->date == QDate(2025, 6, 12));
    CHECK(found->label == QStringLiteral("Session de juin"));
    Qualification stale = *found;
    found->result = QualificationResult::Failed;
    r.careers.save(*found);
    CHECK(found->version == 2);
    CHECK_THROWS_AS(r.careers.save(stale), ConcurrencyConflict);
    CHECK_THROWS_AS(r.careers.removeQualification(q.id, 1), ConcurrencyConflict);
    r.careers.removeQualification(q.id, 2);
    CHECK(r.careers.qualifications(id).isEmpty());

    CareerEvent stop;
    stop.childminderId = id;
    stop.date = QDate(2026, 7, 1);
    stop.kind = CareerEventKind::Stop;
    stop.detail = QStringLiteral("retirement");
    stop.note = QStringLiteral("Départ à 62 ans");
    r.careers.save(stop);
    r.event(id, QDate(2020, 1, 6), CareerEventKind::FirstChild);
    const auto events = r.careers.events(id);
    REQUIRE(events.size() == 2);
    CHECK(events[0].kind == CareerEventKind::Stop); // most recent first
    CHECK(events[0].detail == QStringLiteral("retirement"));
    CHECK(events[0].note == QStringLiteral("Départ à 62 ans"));
    CHECK(events[0].createdAt.isValid());
    CHECK(events[1].kind == CareerEventKind::FirstChild);

    Immersion i;
    i.childminderId = id;
    i.hostName = QStringLiteral("Crèche de Verdun");
    i.startDate = QDate(2026, 3, 2);
    i.endDate = QDate(2026, 3, 13);
    r.careers.save(i);
    Immersion renewal = i;
    renewal.id = 0;
    renewal.renewalOf = i.id;
    renewal.startDate = QDate(2026, 3, 16);
    renewal.endDate = QDate(2026, 3, 27);
    r.careers.save(renewal);
    const auto immersions = r.careers.immersionsOfPerson(id);
    REQUIRE(immersions.size() == 2);
    CHECK(immersions[0].renewalOf == i.id);
    CHECK(immersions[1].hostName == QStringLiteral("Crèche de Verdun"));
    // Deleting the first keeps the renewal, no longer linked.
    r.careers.removeImmersion(i.id, 1);
    CHECK(r.careers.findImmersion(renewal.id)->renewalOf == 0);
}

TEST_CASE("Obligation facts: first and current agrément, hours that count by category")
{
    Register r;
    const qint64 id = r.person(QStringLiteral("Colin"), QDate(2015, 4, 1), QDate(2020, 4, 1));
    r.hours(id, QStringLiteral("initial_block1"), QDate(2015, 3, 20), 30, QStringLiteral("certified"));
    r.hours(id, QStringLiteral("first_aid"), QDate(2015, 3, 25), 8, QStringLiteral("attended"));
    r.hours(id, QStringLiteral("practice_review"), QDate(2024, 5, 10), 6, QStringLiteral("completed"));
    r.hours(id, QStringLiteral("continuing"), QDate(2026, 5, 10), 21,
            QStringLiteral("enrolled")); // not yet done
    r.hours(id, QStringLiteral("continuing"), QDate(2026, 6, 10), 14, QStringLiteral("dropped")); // abandoned
    r.hours(id, QStringLiteral("information_meeting"), QDate(2014, 9, 1), 2,
            QStringLiteral("attended")); // no category
    r.result(id, QualificationKind::CapEp1, QualificationResult::Passed, QDate(2021, 6, 1));
    r.event(id, QDate(2022, 2, 2), CareerEventKind::ProfessionalReview);
    const qint64 other = r.person(QStringLiteral("Autre"), QDate(2021, 1, 1));
    r.hours(other, QStringLiteral("continuing"), QDate(2024, 5, 10), 50, QStringLiteral("completed"));

    const ObligationFacts facts = r.careers.obligationFacts(id);
    CHECK(facts.firstApprovalStart == QDate(2015, 4, 1));
    CHECK(facts.currentApprovalStart == QDate(2020, 4, 1));
    CHECK(facts.currentApprovalEnd == QDate(2025, 3, 31));
    CHECK(facts.currentIsRenewal);
    CHECK(ObligationRules::hours(facts, TrainingHoursCategory::InitialFirstPart) == 38);
    CHECK(ObligationRules::hours(facts, TrainingHoursCategory::Continuing) == 6);
    CHECK(facts.hours.size() == 3);
    bool datedBySessionEnd = false;
    for (const auto& h : facts.hours)
        datedBySessionEnd = datedBySessionEnd || h.date == QDate(2024, 5, 10);
    CHECK(datedBySessionEnd);
    CHECK(facts.qualifications.size() == 1);
    CHECK(facts.events.size() == 1);

    const ObligationFacts none = r.careers.obligationFacts(r.person(QStringLiteral("Sans")));
    CHECK_FALSE(none.firstApprovalStart.isValid());
    CHECK(none.hours.isEmpty());
}

TEST_CASE("Due deadlines in SQL agree with the rules, person by person")
{
    Register r;
    const QDate today(2026, 12, 1);
    const RuleSettings settings;
    const ObligationRules rules(settings);
    // A fresh agrément: first part overdue since 29/11/2026 (31/05 + 6 months
    // stops at 30/11, the last day is the day before; plain SQLite would say 01/12).
    const qint64 fresh = r.person(QStringLiteral("Fresh"), QDate(2026, 5, 31));
    // Same, with her 80 h done: nothing due.
    const qint64 trained = r.person(QStringLiteral("Trained"), QDate(2026, 5, 31));
    r.hours(trained, QStringLiteral("initial_block1"), QDate(2026, 7, 1), 80, QStringLiteral("certified"));
    // Leap day: second part due 27/02/2027 after the first on 28/08/2024.
    const qint64 leap = r.person(QStringLiteral("Leap"), QDate(2024, 2, 29));
    r.event(leap, QDate(2026, 1, 5), CareerEventKind::ProfessionalReview);
    // Renewal file due 28/11/2026: EP1 and EP3 due, EP1 already sat.
    const qint64 renewing = r.person(QStringLiteral("Renewing"), QDate(2022, 3, 1));
    r.result(renewing, QualificationKind::CapEp1, QualificationResult::Failed, QDate(2023, 6, 1));
    r.event(renewing, QDate(2025, 6, 1), CareerEventKind::ProfessionalReview);
    r.hours(renewing, QStringLiteral("initial_block2"), QDate(2022, 2, 1), 80, QStringLiteral("completed"));
    r.hours(renewing, QStringLiteral("initial_second_part"), QDate(2024, 2, 1), 40,
            QStringLiteral("completed"));
    // Legacy agrément renewed: only the professional review (none since 01/06/2023: overdue).
    const qint64 legacy = r.person(QStringLiteral("Legacy"), QDate(2013, 6, 1), QDate(2023, 6, 1));
    // Stopped: nothing listed.
    const qint64 stopped = r.person(QStringLiteral("Stopped"), QDate(2026, 1, 2));
    auto p = *r.people.find(stopped);
    p.status = ChildminderStatus::Stopped;
    r.people.update(p);

    const auto rows = r.careers.dueDeadlines(window(today), 0, 100);
    QStringList got;
    for (const auto& row : rows)
        got << QStringLiteral("%1 %2 %3")
                   .arg(row.name, obligationKindKey(row.kind), row.deadline.toString(Qt::ISODate));
    REQUIRE(rows.size() == 5);
    CHECK(got[0] == QStringLiteral("LEAP Anne initial_first_part 2024-08-28"));
    CHECK(got[1] == QStringLiteral("LEGACY Anne professional_review 2025-05-31"));
    CHECK(got[2] == QStringLiteral("RENEWING Anne cap_ep3 2026-11-28"));
    CHECK(got[3] == QStringLiteral("FRESH Anne initial_first_part 2026-11-29"));
    CHECK(got[4] == QStringLiteral("LEAP Anne initial_second_part 2027-02-27"));
    CHECK(r.careers.countDueDeadlines(window(today)) == 5);
    CHECK(r.careers.dueDeadlines(window(today), 3, 100).size() == 2);
    CHECK(r.careers.dueDeadlines(window(today), 0, 2).size() == 2);

    // Every row is due soon or overdue for the domain rules, and every such
    // obligation of the domain rules has its row.
    for (const qint64 id : {fresh, trained, leap, renewing, legacy}) {
        int domainDue = 0;
        for (const auto& o : rules.obligations(r.careers.obligationFacts(id), today)) {
            if (o.status != ObligationStatus::DueSoon && o.status != ObligationStatus::Overdue)
                continue;
            ++domainDue;
            bool listed = false;
            for (const auto& row : rows)
                listed =
                    listed || (row.childminderId == id && row.kind == o.kind && row.deadline == o.deadline);
            CHECK(listed);
        }
        int sqlDue = 0;
        for (const auto& row : rows)
            sqlDue += row.childminderId == id ? 1 : 0;
        CHECK(sqlDue == domainDue);
    }

    // A narrower window keeps the overdue ones only; overdueSince drops the old ones.
    auto narrow = window(today, 0);
    CHECK(r.careers.countDueDeadlines(narrow) == 4);
    narrow.overdueSince = today.addMonths(-12);
    CHECK(r.careers.countDueDeadlines(narrow) == 2);
}

TEST_CASE("The SQL month arithmetic stops at the month's last day like QDate")
{
    Register r;
    for (const auto& [from, months] : QList<std::pair<QDate, int>>{{QDate(2023, 8, 31), 6},
                                                                   {QDate(2024, 8, 31), 6},
                                                                   {QDate(2024, 2, 29), 36},
                                                                   {QDate(2027, 5, 31), -3},
                                                                   {QDate(2026, 3, 31), -1},
                                                                   {QDate(2026, 1, 15), 24},
                                                                   {QDate(2026, 12, 31), 2}}) {
        QSqlQuery q(r.db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT ") +
                       career_sql::addMonthsSql(
                           r.db->dialect(),
                           QLatin1Char('\'') + from.toString(Qt::ISODate) + QLatin1Char('\''), months)));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == from.addMonths(months).toString(Qt::ISODate));
    }
}
