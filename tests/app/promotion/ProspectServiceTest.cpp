#include "ProspectService.h"
#include "AppContext.h"
#include "ChildminderRepository.h"
#include "ChildminderService.h"
#include "DemoPromotion.h"
#include "FixedClock.h"
#include "PartnerService.h"
#include "PromotionService.h"
#include "ProspectRepository.h"
#include "QtStringMaker.h"
#include "TestDatabase.h"
#include "TrainingRepository.h"

#include <catch2/catch.hpp>

using namespace parcours;

namespace {
const FixedClock& testClock()
{
    static const FixedClock c(QDateTime(QDate(2026, 11, 16), QTime(10, 0)));
    return c;
}

QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}

qint64 newProspect(AppContext& ctx, const QString& last, ProspectChannel channel, QDate first)
{
    Prospect p;
    p.lastName = last;
    p.firstName = QStringLiteral("Léa");
    p.communeName = QStringLiteral("Verdun");
    p.postalCode = QStringLiteral("55100");
    p.phone = QStringLiteral("0612345678");
    p.channel = channel;
    p.firstContact = first;
    REQUIRE(ProspectService(ctx).save(p).isEmpty());
    return p.id;
}

int reached(const FunnelSeries& s, ProspectStage stage)
{
    for (const auto& row : s.stages)
        if (row.stage == stage)
            return row.reached;
    return -1;
}
} // namespace

TEST_CASE("prospects are validated in French and start with their first stage", "[promotion]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    ProspectService service(*ctx);
    Prospect bad;
    bad.firstContact = QDate(2027, 1, 1);
    bad.email = QStringLiteral("pas-une-adresse");
    bad.stage = ProspectStage::Dropped;
    bad.actionId = 42;
    CHECK(fields(service.save(bad)) == QStringList{QStringLiteral("lastName"), QStringLiteral("firstContact"),
                                                   QStringLiteral("email"), QStringLiteral("droppedReason"),
                                                   QStringLiteral("action")});
    CHECK(bad.id == 0);

    const qint64 id =
        newProspect(*ctx, QStringLiteral("Martin"), ProspectChannel::JobForum, QDate(2026, 3, 2));
    const auto p = service.find(id);
    REQUIRE(p);
    CHECK(p->phone == QStringLiteral("06 12 34 56 78"));
    REQUIRE(p->history.size() == 1);
    CHECK(p->history[0].stage == ProspectStage::Interested);
    CHECK(p->history[0].date == QDate(2026, 3, 2));
}

TEST_CASE("stages only go forward, drops need a reason, corrections go back", "[promotion]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    ProspectService service(*ctx);
    const qint64 id = newProspect(*ctx, QStringLiteral("Martin"), ProspectChannel::Rpe, QDate(2026, 1, 5));
    REQUIRE(service.advanceToNext(id, QDate(2026, 2, 1)).isEmpty());
    CHECK(service.find(id)->stage == ProspectStage::InfoMeeting);
    REQUIRE(service.advance(id, ProspectStage::Training, QDate(2026, 4, 1)).isEmpty()); // skips the immersion
    CHECK(fields(service.advance(id, ProspectStage::Immersion, QDate(2026, 5, 1))) ==
          QStringList{QStringLiteral("stage")});
    CHECK(fields(service.advance(id, ProspectStage::ApplicationFiled, QDate(2026, 3, 1))) ==
          QStringList{QStringLiteral("stageDate")}); // before her training
    CHECK(fields(service.advance(id, ProspectStage::ApplicationFiled, QDate(2026, 12, 1))) ==
          QStringList{QStringLiteral("stageDate")}); // in the future
    CHECK(fields(service.drop(id, QStringLiteral("  "))) == QStringList{QStringLiteral("droppedReason")});
    REQUIRE(service.drop(id, QStringLiteral("A trouvé un CDI"), QDate(2026, 6, 1)).isEmpty());
    auto p = service.find(id);
    CHECK(p->stage == ProspectStage::Dropped);
    CHECK(p->droppedReason == QStringLiteral("A trouvé un CDI"));
    CHECK(p->history.size() == 4);
    CHECK(fields(service.advanceToNext(id)) == QStringList{QStringLiteral("stage")});

    // She comes back: a correction puts her on training again and forgets the drop.
    REQUIRE(service.correctStage(id, ProspectStage::Training).isEmpty());
    p = service.find(id);
    CHECK(p->stage == ProspectStage::Training);
    CHECK(p->stageDate == QDate(2026, 4, 1));
    CHECK(p->droppedReason.isEmpty());
    CHECK(p->history.size() == 3);
    REQUIRE(service.correctStage(id, ProspectStage::InfoMeeting).isEmpty());
    CHECK(service.find(id)->history.size() == 2);

    // Editing her details keeps the stage.
    p = service.find(id);
    p->email = QStringLiteral("lea.martin@example.fr");
    p->stage = ProspectStage::FirstChild; // ignored: stages change through advance
    REQUIRE(service.save(*p).isEmpty());
    CHECK(service.find(id)->stage == ProspectStage::InfoMeeting);
    CHECK(service.find(id)->email == QStringLiteral("lea.martin@example.fr"));
}

TEST_CASE("converting an approved prospect keeps her enrolments and immersion on her file", "[promotion]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    ProspectService service(*ctx);
    const qint64 id =
        newProspect(*ctx, QStringLiteral("Dupont"), ProspectChannel::FranceTravail, QDate(2025, 9, 1));

    TrainingCourse course;
    course.title = QStringLiteral("Formation initiale bloc 1");
    course.kind = TrainingKind::InitialBlock1;
    course.hours = 80;
    ctx->trainings().saveCourse(course);
    TrainingSession session;
    session.courseId = course.id;
    session.startDate = QDate(2025, 11, 3);
    session.endDate = QDate(2025, 11, 28);
    session.hours = 80;
    ctx->trainings().saveSession(session);
    Enrolment enrolment;
    enrolment.sessionId = session.id;
    enrolment.prospectId = id;
    enrolment.status = EnrolmentStatus::Completed;
    enrolment.hoursDone = 80;
    enrolment.statusDate = QDate(2025, 11, 28);
    ctx->trainings().saveEnrolment(enrolment);

    // Not approved yet: refused.
    CHECK(fields(service.convertToChildminder(id).errors) == QStringList{QStringLiteral("stage")});
    REQUIRE(service.advance(id, ProspectStage::Training, QDate(2025, 11, 3)).isEmpty());
    REQUIRE(service.advance(id, ProspectStage::ApplicationFiled, QDate(2026, 1, 10)).isEmpty());
    REQUIRE(service.advance(id, ProspectStage::Approved, QDate(2026, 4, 2)).isEmpty());

    const ProspectConversion done = service.convertToChildminder(id, ChildminderStatus::Active);
    REQUIRE(done.errors.isEmpty());
    REQUIRE(done.childminderId > 0);
    CHECK(done.recordsMoved == 1);
    const auto person = ctx->childminders().find(done.childminderId);
    REQUIRE(person);
    CHECK(person->usageName == QStringLiteral("Dupont"));
    CHECK(person->firstName == QStringLiteral("Léa"));
    CHECK(person->status == ChildminderStatus::Active);
    CHECK(person->phone == QStringLiteral("06 12 34 56 78"));
    CHECK(service.find(id)->childminderId == done.childminderId);
    const auto enrolments = ctx->trainings().enrolmentsForChildminder(done.childminderId);
    REQUIRE(enrolments.size() == 1);
    CHECK(enrolments[0].enrolment.hoursDone == Approx(80));
    // Her prospect history stays whole.
    CHECK(service.find(id)->history.size() == 4);

    // A second time: refused, nothing created.
    const int before = ChildminderService(*ctx).count({});
    CHECK(fields(service.convertToChildminder(id).errors) == QStringList{QStringLiteral("stage")});
    CHECK(ChildminderService(*ctx).count({}) == before);
}

TEST_CASE("a conversion refused by the register writes nothing", "[promotion]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    ProspectService service(*ctx);
    Prospect p;
    p.lastName = QStringLiteral("Nulle");
    p.firstName = QStringLiteral("Part");
    p.communeName = QStringLiteral("Atlantide"); // unknown commune
    p.firstContact = QDate(2025, 1, 1);
    p.stage = ProspectStage::Approved;
    REQUIRE(service.save(p).isEmpty());
    const auto result = service.convertToChildminder(p.id);
    CHECK(fields(result.errors) == QStringList{QStringLiteral("commune")});
    CHECK(service.find(p.id)->childminderId == 0);
    CHECK(ChildminderService(*ctx).count({}) == 0);
}

TEST_CASE("the funnel by channel and period from the services", "[promotion]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    ProspectService service(*ctx);
    const qint64 a = newProspect(*ctx, QStringLiteral("A"), ProspectChannel::JobForum, QDate(2026, 1, 5));
    const qint64 b = newProspect(*ctx, QStringLiteral("B"), ProspectChannel::JobForum, QDate(2026, 2, 5));
    const qint64 c = newProspect(*ctx, QStringLiteral("C"), ProspectChannel::WordOfMouth, QDate(2026, 3, 5));
    newProspect(*ctx, QStringLiteral("D"), ProspectChannel::WordOfMouth,
                QDate(2025, 3, 5)); // before the period
    REQUIRE(service.advance(a, ProspectStage::Immersion, QDate(2026, 3, 1)).isEmpty());
    REQUIRE(service.drop(a, QStringLiteral("Déménagement"), QDate(2026, 4, 1)).isEmpty());
    REQUIRE(service.advance(b, ProspectStage::Approved, QDate(2026, 9, 1)).isEmpty());
    REQUIRE(service.advance(c, ProspectStage::InfoMeeting, QDate(2026, 4, 1)).isEmpty());

    const FunnelReport year = service.funnel(QDate(2026, 1, 1), QDate(2026, 12, 31));
    CHECK(year.overall.total == 3);
    CHECK(year.overall.dropped == 1);
    CHECK(reached(year.overall, ProspectStage::Interested) == 3);
    CHECK(reached(year.overall, ProspectStage::InfoMeeting) == 3);
    CHECK(reached(year.overall, ProspectStage::Immersion) == 2);
    CHECK(reached(year.overall, ProspectStage::Training) == 1);
    CHECK(reached(year.overall, ProspectStage::Approved) == 1);
    CHECK(year.overall.stages[2].conversion == Approx(2.0 / 3));
    REQUIRE(year.byChannel.size() == 2);
    const FunnelReport forum = service.funnel({}, {}, ProspectChannel::JobForum);
    CHECK(forum.overall.total == 2);
    CHECK(reached(forum.overall, ProspectStage::Immersion) == 2);
    const FunnelReport all = service.funnel();
    CHECK(all.overall.total == 4);
}

TEST_CASE("partners and actions are validated and stored", "[promotion]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    PartnerService partners(*ctx);
    Partner bad;
    bad.postalCode = QStringLiteral("551");
    bad.contacts = {{0, QString(), QStringLiteral("Conseillère"), {}, {}}};
    CHECK(fields(partners.save(bad)) ==
          QStringList{QStringLiteral("name"), QStringLiteral("postalCode"), QStringLiteral("contact0")});
    Partner ft;
    ft.kind = PartnerKind::FranceTravail;
    ft.name = QStringLiteral(" France Travail Verdun ");
    ft.contacts = {{0,
                    QStringLiteral("Aurélie Hanus"),
                    QStringLiteral("Conseillère"),
                    QStringLiteral("0329000000"),
                    {}}};
    REQUIRE(partners.save(ft).isEmpty());
    CHECK(ft.name == QStringLiteral("France Travail Verdun"));
    CHECK(partners.find(ft.id)->contacts[0].phone == QStringLiteral("03 29 00 00 00"));

    PromotionService actions(*ctx);
    PromotionAction a;
    a.partnerIds = {ft.id, ft.id + 99};
    a.audience = -1;
    CHECK(fields(actions.save(a)) == QStringList{QStringLiteral("title"), QStringLiteral("date"),
                                                 QStringLiteral("audience"), QStringLiteral("partners")});
    a.title = QStringLiteral("Forum emploi");
    a.date = QDate(2026, 5, 12);
    a.audience = 40;
    a.partnerIds = {ft.id};
    REQUIRE(actions.save(a).isEmpty());
    CHECK(actions.find(a.id)->partnerIds == QList<qint64>{ft.id});
}

TEST_CASE("demo promotion data is plausible and deterministic", "[promotion][demo]")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    // Two pending applicants in the register: the demo links approved
    // prospects to them instead of creating new childminders.
    QList<qint64> applicants;
    for (const char* name : {"DUVAL", "PETIT"}) {
        Childminder c;
        c.usageName = QString::fromLatin1(name);
        c.firstName = QStringLiteral("Anne");
        c.birthDate = QDate(1990, 3, 4);
        c.postalCode = QStringLiteral("55100");
        c.communeName = QStringLiteral("Verdun");
        c.status = ChildminderStatus::ApprovalPending;
        REQUIRE(ChildminderService(*ctx).save(c).isEmpty());
        applicants << c.id;
    }
    const int added = DemoPromotion(*ctx).generate(7);
    CHECK(added > 130);
    PartnerService partners(*ctx);
    CHECK(partners.count({}) >= 10);
    PartnerQuery ft;
    ft.kind = PartnerKind::FranceTravail;
    CHECK(partners.count(ft) == 2);
    const int actions = PromotionService(*ctx).count({});
    CHECK(actions >= 15);
    CHECK(actions <= 30);
    ProspectService prospects(*ctx);
    const int total = prospects.count({});
    CHECK(total >= 115);
    CHECK(total <= 125);
    const FunnelReport funnel = prospects.funnel();
    CHECK(funnel.overall.total == total);
    CHECK(funnel.overall.dropped > 0);
    CHECK(reached(funnel.overall, ProspectStage::Approved) > 0);
    CHECK(funnel.byChannel.size() >= 5);
    // The applicants are now the prospects' childminder records; nobody new.
    CHECK(ChildminderService(*ctx).count({}) == 2);
    for (qint64 id : applicants) {
        const auto linked = ctx->prospects().findByChildminder(id);
        REQUIRE(linked);
        CHECK(linked->firstName == QStringLiteral("Anne"));
        CHECK((linked->stage == ProspectStage::Approved || linked->stage == ProspectStage::FirstChild));
    }

    auto again = AppContext::openOn(parcours::testing::openTestDatabase(), testClock());
    CHECK(DemoPromotion(*again).generate(7) == added);
    CHECK(ProspectService(*again).funnel().overall.stages[3].reached == funnel.overall.stages[3].reached);
}
