#include "../StorageFixtures.h"
#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlChildminderRepository.h"
#include "SqlPartnerRepository.h"
#include "SqlPromotionActionRepository.h"
#include "SqlProspectRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Store
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlPartnerRepository partners{*db};
    SqlPromotionActionRepository actions{*db};
    SqlProspectRepository prospects{*db};

    // A prospect whose history went through `stages` one month apart.
    qint64 prospect(const QString& last, ProspectChannel channel, QDate first,
                    const QList<ProspectStage>& stages, const QString& commune = QStringLiteral("Verdun"))
    {
        Prospect p;
        p.lastName = last;
        p.firstName = QStringLiteral("Léa");
        p.communeName = commune;
        p.channel = channel;
        p.firstContact = first;
        QDate date = first;
        for (const auto stage : stages) {
            p.history.append(
                {0, stage, date, stage == ProspectStage::Dropped ? QStringLiteral("santé") : QString()});
            p.stage = stage;
            p.stageDate = date;
            date = date.addMonths(1);
        }
        if (p.stage == ProspectStage::Dropped)
            p.droppedReason = QStringLiteral("santé");
        prospects.save(p);
        return p.id;
    }
};

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("partners are saved with their contacts, versioned, paged and filtered", "[promotion]")
{
    Store s;
    Partner ft;
    ft.kind = PartnerKind::FranceTravail;
    ft.name = QStringLiteral("France Travail Verdun");
    ft.communeName = QStringLiteral("Verdun");
    ft.contacts = {{0, QStringLiteral("Marc Petit"), QStringLiteral("Conseiller"), {}, {}},
                   {0, QStringLiteral("Anne Roy"), QStringLiteral("Directrice"), {}, {}}};
    s.partners.save(ft);
    CHECK(ft.version == 1);
    CHECK(ft.contacts[1].id > 0);
    Partner caf;
    caf.kind = PartnerKind::Caf;
    caf.name = QStringLiteral("CAF de la Meuse");
    caf.communeName = QStringLiteral("Bar-le-Duc");
    s.partners.save(caf);

    auto found = s.partners.find(ft.id);
    REQUIRE(found);
    REQUIRE(found->contacts.size() == 2);
    CHECK(found->contacts[0].name == QStringLiteral("Marc Petit"));
    found->contacts.removeFirst();
    s.partners.save(*found);
    CHECK(s.partners.find(ft.id)->contacts.size() == 1);
    // ft still holds version 1: someone else saved meanwhile.
    CHECK_THROWS_AS(s.partners.save(ft), ConcurrencyConflict);

    PartnerQuery byKind;
    byKind.kind = PartnerKind::Caf;
    CHECK(s.partners.count(byKind) == 1);
    PartnerQuery byText;
    byText.text = QStringLiteral("travail");
    REQUIRE(s.partners.list(byText).size() == 1);
    CHECK(s.partners.list(byText)[0].id == ft.id);
    PartnerQuery page;
    page.limit = 1;
    page.offset = 1;
    REQUIRE(s.partners.list(page).size() == 1);
    CHECK(s.partners.list(page)[0].name == QStringLiteral("France Travail Verdun")); // CAF sorts first
    CHECK(s.partners.count({}) == 2);
}

TEST_CASE("promotion actions keep their partners and filter by period and kind", "[promotion]")
{
    Store s;
    Partner psmi;
    psmi.kind = PartnerKind::Psmi;
    psmi.name = QStringLiteral("PSMI de la Meuse");
    s.partners.save(psmi);
    PromotionAction a;
    a.kind = PromotionActionKind::PsmiInfoMeeting;
    a.title = QStringLiteral("Réunion d'information");
    a.date = QDate(2025, 3, 12);
    a.audience = 14;
    a.partnerIds = {psmi.id};
    s.actions.save(a);
    PromotionAction b;
    b.kind = PromotionActionKind::JobForum;
    b.title = QStringLiteral("Forum emploi Verdun");
    b.date = QDate(2026, 2, 2);
    s.actions.save(b);

    const auto found = s.actions.find(a.id);
    REQUIRE(found);
    CHECK(found->partnerIds == QList<qint64>{psmi.id});
    CHECK(found->audience == 14);

    PromotionActionQuery in2025;
    in2025.from = QDate(2025, 1, 1);
    in2025.to = QDate(2025, 12, 31);
    CHECK(s.actions.count(in2025) == 1);
    PromotionActionQuery forums;
    forums.kind = PromotionActionKind::JobForum;
    REQUIRE(s.actions.list(forums).size() == 1);
    CHECK(s.actions.list(forums)[0].id == b.id);
    CHECK(s.actions.list({})[0].id == b.id); // most recent first
    b.version = 7;
    CHECK_THROWS_AS(s.actions.save(b), ConcurrencyConflict);
}

TEST_CASE("prospects filter in SQL and the funnel is grouped from the stage history", "[promotion]")
{
    Store s;
    using St = ProspectStage;
    const QDate d(2025, 1, 10);
    s.prospect(QStringLiteral("Aubry"), ProspectChannel::JobForum, d, {St::Interested});
    s.prospect(QStringLiteral("Bastien"), ProspectChannel::JobForum, d,
               {St::Interested, St::InfoMeeting, St::Training}); // skipped the immersion
    s.prospect(QStringLiteral("Collin"), ProspectChannel::JobForum, d,
               {St::Interested, St::InfoMeeting, St::Dropped});
    s.prospect(
        QStringLiteral("Dupont"), ProspectChannel::FranceTravail, d,
        {St::Interested, St::InfoMeeting, St::Immersion, St::Training, St::ApplicationFiled, St::Approved});
    s.prospect(QStringLiteral("Étienne"), ProspectChannel::FranceTravail, QDate(2026, 5, 1), {St::Interested},
               QStringLiteral("Commercy"));

    ProspectQuery dropped;
    dropped.stage = St::Dropped;
    CHECK(s.prospects.count(dropped) == 1);
    ProspectQuery ft;
    ft.channel = ProspectChannel::FranceTravail;
    CHECK(s.prospects.count(ft) == 2);
    ProspectQuery text;
    text.text = QStringLiteral("etienne");
    REQUIRE(s.prospects.list(text).size() == 1);
    CHECK(s.prospects.list(text)[0].lastName == QStringLiteral("Étienne"));
    text.text = QStringLiteral("commercy");
    CHECK(s.prospects.count(text) == 1);

    // 2025 only: Aubry, Bastien, Collin (forum), Dupont (France Travail).
    const auto counts = s.prospects.funnelCounts(QDate(2025, 1, 1), QDate(2025, 12, 31), std::nullopt);
    int total = 0;
    int droppedCount = 0;
    int approvedOrBetter = 0;
    int trainingOrBetter = 0;
    for (const auto& c : counts) {
        total += c.count;
        if (c.dropped)
            droppedCount += c.count;
        if (stageRank(c.furthest) >= stageRank(St::Approved))
            approvedOrBetter += c.count;
        if (stageRank(c.furthest) >= stageRank(St::Training))
            trainingOrBetter += c.count;
    }
    CHECK(total == 4);
    CHECK(droppedCount == 1);
    CHECK(approvedOrBetter == 1);
    CHECK(trainingOrBetter == 2);
    // Collin dropped after the information meeting: counted there.
    bool collinRow = false;
    for (const auto& c : counts)
        if (c.dropped)
            collinRow =
                c.furthest == St::InfoMeeting && c.channel == ProspectChannel::JobForum && c.count == 1;
    CHECK(collinRow);
    const auto forumOnly = s.prospects.funnelCounts({}, {}, ProspectChannel::FranceTravail);
    int ftTotal = 0;
    for (const auto& c : forumOnly)
        ftTotal += c.count;
    CHECK(ftTotal == 2);
}

TEST_CASE("prospect history is synchronised and records move to the childminder", "[promotion]")
{
    Store s;
    const qint64 id = s.prospect(QStringLiteral("Dupont"), ProspectChannel::Rpe, QDate(2025, 1, 10),
                                 {ProspectStage::Interested, ProspectStage::Training});
    auto p = s.prospects.find(id);
    REQUIRE(p);
    REQUIRE(p->history.size() == 2);
    CHECK(p->history[1].stage == ProspectStage::Training);
    CHECK(p->furthestStage() == ProspectStage::Training);
    p->history.removeLast(); // a correction
    p->stage = ProspectStage::Interested;
    s.prospects.save(*p);
    CHECK(s.prospects.find(id)->history.size() == 1);
    CHECK(scalar(*s.db, QStringLiteral("SELECT count(*) FROM prospect_stages")) == 1);

    SqlChildminderRepository people(*s.db);
    Childminder c = makePerson(QStringLiteral("Dupont"), QStringLiteral("Léa"));
    people.insert(c);
    QSqlQuery q(s.db->connection());
    REQUIRE(
        q.exec(QStringLiteral("INSERT INTO training_courses(id, title, kind) VALUES (1, 'Bloc 1', 'x')")));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO training_sessions(id, course_id, start_date, end_date) "
                                  "VALUES (1, 1, '2025-03-01', '2025-03-05')")));
    REQUIRE(q.exec(
        QStringLiteral("INSERT INTO enrolments(session_id, prospect_id, status, status_date, created_at) "
                       "VALUES (1, %1, 'done', '2025-03-05', '2025-02-01')")
            .arg(id)));
    REQUIRE(q.exec(QStringLiteral("INSERT INTO immersions(prospect_id, start_date, end_date) "
                                  "VALUES (%1, '2025-02-01', '2025-02-15')")
                       .arg(id)));
    CHECK(s.prospects.attachRecordsToChildminder(id, c.id) == 2);
    CHECK(scalar(*s.db, QStringLiteral("SELECT count(*) FROM enrolments WHERE childminder_id = %1 AND "
                                       "prospect_id = %2")
                            .arg(c.id)
                            .arg(id)) == 1);
    CHECK(scalar(*s.db,
                 QStringLiteral("SELECT count(*) FROM immersions WHERE childminder_id = %1").arg(c.id)) == 1);
    CHECK(s.prospects.attachRecordsToChildminder(id, c.id) == 0); // already moved
    p = s.prospects.find(id);
    p->childminderId = c.id;
    s.prospects.save(*p);
    REQUIRE(s.prospects.findByChildminder(c.id));
    CHECK(s.prospects.findByChildminder(c.id)->id == id);
}
