#include "CareerService.h"
#include "AlertService.h"
#include "AppContext.h"
#include "ApprovalService.h"
#include "CareerRepository.h"
#include "ChildminderService.h"
#include "FixedClock.h"
#include "ObligationService.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"

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
    CareerService career{*ctx};
    ObligationService obligations{*ctx};

    qint64 person(const QString& name, QDate start = {})
    {
        Childminder p;
        p.usageName = name;
        p.firstName = QStringLiteral("Léa");
        p.birthDate = QDate(1980, 2, 3);
        p.status = ChildminderStatus::Active;
        REQUIRE(ChildminderService(*ctx).save(p).isEmpty());
        if (start.isValid()) {
            Approval a;
            a.number = name;
            a.startDate = start;
            REQUIRE(ApprovalService(*ctx).grant(p.id, a).isEmpty());
        }
        return p.id;
    }

    CareerEvent event(qint64 id, QDate date, CareerEventKind kind, const QString& detail = {})
    {
        CareerEvent e;
        e.childminderId = id;
        e.date = date;
        e.kind = kind;
        e.detail = detail;
        return e;
    }

    void pass(qint64 id, QualificationKind kind, QDate date)
    {
        Qualification q;
        q.childminderId = id;
        q.kind = kind;
        q.result = QualificationResult::Passed;
        q.date = date;
        REQUIRE(career.save(q).isEmpty());
    }
};
} // namespace

TEST_CASE("Career events are checked: a stop needs its reason, VAE steps come in order")
{
    Setup s;
    const qint64 id = s.person(QStringLiteral("Girard"), QDate(2019, 9, 1));
    auto stop = s.event(id, QDate(2026, 10, 1), CareerEventKind::Stop);
    CHECK(fields(s.career.save(stop)) == QStringList{QStringLiteral("detail")});
    stop.detail = QStringLiteral("holidays");
    CHECK(fields(s.career.save(stop)) == QStringList{QStringLiteral("detail")});
    stop.detail = QStringLiteral("retirement");
    REQUIRE(s.career.save(stop).isEmpty());
    CHECK(stop.id > 0);
    CHECK(stop.createdAt == s.clock.now());

    auto future = s.event(id, QDate(2026, 11, 17), CareerEventKind::FirstChild);
    CHECK(fields(s.career.save(future)) == QStringList{QStringLiteral("date")});
    auto orphan = s.event(0, QDate(2026, 1, 1), CareerEventKind::FirstChild);
    CHECK(fields(s.career.save(orphan)) == QStringList{QStringLiteral("childminder")});

    auto booklet = s.event(id, QDate(2025, 9, 1), CareerEventKind::VaeStep, vae_step::booklet2);
    const auto errors = s.career.save(booklet);
    REQUIRE(fields(errors) == QStringList{QStringLiteral("detail")});
    CHECK(errors[0].message.contains(QStringLiteral("01/09/2025")));
    auto eligibility = s.event(id, QDate(2025, 3, 1), CareerEventKind::VaeStep, vae_step::eligibility);
    REQUIRE(s.career.save(eligibility).isEmpty());
    CHECK(s.career.save(booklet).isEmpty());
    // A detail on a kind without details is dropped, not stored.
    auto review = s.event(id, QDate(2025, 3, 1), CareerEventKind::ProfessionalReview, QStringLiteral("x"));
    REQUIRE(s.career.save(review).isEmpty());
    CHECK(review.detail.isEmpty());

    // Someone else changed it meanwhile.
    CareerEvent stale = stop;
    stop.note = QStringLiteral("Départ en juin");
    REQUIRE(s.career.save(stop).isEmpty());
    stale.note = QStringLiteral("Autre");
    CHECK(fields(s.career.save(stale)) == QStringList{QStringLiteral("version")});
    CHECK(fields(s.career.remove(stale)) == QStringList{QStringLiteral("version")});
    CHECK(s.career.remove(stop).isEmpty());
    CHECK(s.career.events(id).size() == 3);
}

TEST_CASE("Qualifications and immersions are checked before they are stored")
{
    Setup s;
    const qint64 id = s.person(QStringLiteral("Morel"), QDate(2021, 5, 3));
    Qualification other;
    other.childminderId = id;
    other.kind = QualificationKind::Other;
    other.result = QualificationResult::Passed;
    other.date = QDate(2026, 12, 1);
    CHECK(fields(s.career.save(other)) == (QStringList{QStringLiteral("date"), QStringLiteral("label")}));
    other.date = QDate(2024, 6, 1);
    other.label = QStringLiteral("  BAFA  ");
    REQUIRE(s.career.save(other).isEmpty());
    CHECK(other.label == QStringLiteral("BAFA"));

    Immersion i;
    i.childminderId = id;
    i.startDate = QDate(2026, 3, 2);
    i.endDate = QDate(2026, 4, 10);
    const auto errors = s.career.save(i);
    CHECK(fields(errors) == (QStringList{QStringLiteral("host"), QStringLiteral("dates")}));
    i.hostName = QStringLiteral("Crèche de Verdun");
    i.endDate = QDate(2026, 4, 1);
    REQUIRE(s.career.save(i).isEmpty());
    Immersion renewal;
    renewal.childminderId = id;
    renewal.hostName = QStringLiteral("Crèche de Verdun");
    renewal.startDate = QDate(2026, 4, 2);
    renewal.endDate = QDate(2026, 4, 30);
    renewal.renewalOf = i.id;
    // 31 + 29 = 60 days from 02/03: within two months (61 days from 02/04).
    CHECK(s.career.immersionProblems(renewal).isEmpty());
    REQUIRE(s.career.save(renewal).isEmpty());
    Immersion third = renewal;
    third.id = 0;
    third.renewalOf = renewal.id;
    third.startDate = QDate(2026, 5, 4);
    third.endDate = QDate(2026, 5, 8);
    const auto problems = s.career.immersionProblems(third);
    CHECK(problems.size() == 2); // renewed twice, and 65 days with the host
    CHECK(fields(s.career.save(third)) == (QStringList{QStringLiteral("dates"), QStringLiteral("dates")}));
}

TEST_CASE("Obligations follow her records, and EP1 and EP3 passed give a 10-year renewal")
{
    Setup s;
    const qint64 id = s.person(QStringLiteral("Roux"), QDate(2015, 4, 1));
    REQUIRE(ApprovalService(*s.ctx).renew(id, QDate(2020, 4, 1), QStringLiteral("R2"), 4, {}).isEmpty());
    TrainingState state = s.obligations.trainingState(id);
    CHECK(state.initialTrainingComplete); // renewed since: checked by the PMI
    CHECK_FALSE(state.ep1Passed);
    s.pass(id, QualificationKind::CapEp1, QDate(2024, 6, 10));
    s.pass(id, QualificationKind::CapEp3, QDate(2024, 6, 11));
    state = s.obligations.trainingState(id);
    CHECK(state.ep1Passed);
    CHECK(state.ep3Passed);
    CHECK(ApprovalRules(s.ctx->rules()).termYears(true, state) == 10);

    // Initial training taken as checked at the renewal; EP1 and EP3 passed.
    const auto list = s.obligations.obligations(id);
    REQUIRE(list.size() == 7);
    CHECK(list[0].status == ObligationStatus::Done);
    CHECK(list[4].kind == ObligationKind::CapEp1);
    CHECK(list[4].status == ObligationStatus::Done);
    const auto checklist = s.obligations.checklist(id);
    CHECK(checklist.items.size() == 5);
    CHECK(checklist.items[3].done); // EP1 and EP3 sat
    CHECK_FALSE(checklist.items[1].done);
    CareerEvent firstChild = s.event(id, QDate(2016, 1, 4), CareerEventKind::FirstChild);
    REQUIRE(s.career.save(firstChild).isEmpty());
    CHECK(s.obligations.checklist(id).items[1].done);
}

TEST_CASE("Due deadlines and training alerts come from the register")
{
    Setup s;
    // 31/05/2026 + 6 months stops at 30/11: first part due by 29/11/2026, due soon on 16/11.
    const qint64 fresh = s.person(QStringLiteral("Fresh"), QDate(2026, 5, 31));
    // CAP AEPE passed, so no EP deadline; the first part (31/08/2022), the review
    // (29/02/2024) and the second part (28/02/2025) are overdue.
    const qint64 renewing = s.person(QStringLiteral("Renewing"), QDate(2022, 3, 1));
    s.pass(renewing, QualificationKind::CapAepe, QDate(2024, 6, 1));
    s.person(QStringLiteral("Nobody"));

    CHECK(s.obligations.countDueDeadlines() == 4);
    const auto rows = s.obligations.dueDeadlines();
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].childminderId == renewing);
    CHECK(rows[0].kind == ObligationKind::InitialFirstPart);
    CHECK(rows[0].deadline == QDate(2022, 8, 31));
    CHECK(rows[1].kind == ObligationKind::ProfessionalReview); // 29/02/2024
    CHECK(rows[1].deadline == QDate(2024, 2, 29));
    CHECK(rows[2].kind == ObligationKind::InitialSecondPart);
    CHECK(rows[2].deadline == QDate(2025, 2, 28));
    CHECK(rows[3].childminderId == fresh);
    CHECK(rows[3].deadline == QDate(2026, 11, 29));
    CHECK(s.obligations.dueDeadlines(-1, 1, 2).size() == 2);

    // Alerts: deadlines overdue by more than a year are left to the list.
    const auto alerts = AlertService(*s.ctx).currentWithTraining();
    QList<Alert> training;
    for (const auto& a : alerts)
        if (a.kind == AlertKind::TrainingDeadline)
            training << a;
    REQUIRE(training.size() == 1);
    CHECK(training[0].childminderId == fresh);
    CHECK(training[0].date == QDate(2026, 11, 29));
    CHECK(training[0].message.contains(QStringLiteral("29/11/2026")));
    CHECK(training[0].subject == QStringLiteral("FRESH Léa"));
    for (const auto& a : AlertService(*s.ctx).current())
        CHECK(a.kind != AlertKind::TrainingDeadline);
}
