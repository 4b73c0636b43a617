#include "Database.h"
#include "DomainError.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("A childminder is stored and read back field by field")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository repo(*db);
    Childminder p = makePerson(QStringLiteral("Lefèvre"), QStringLiteral("Hélène"));
    p.birthName = QStringLiteral("Bénard");
    p.address = QStringLiteral("12 rue des Tilleuls");
    p.phone = QStringLiteral("03 29 12 34 56");
    p.email = QStringLiteral("helene@example.fr");
    p.status = ChildminderStatus::Suspended;
    p.notes = QStringLiteral("Préfère être appelée le matin.");
    repo.insert(p);
    CHECK(p.id > 0);
    CHECK(p.version == 1);
    const auto back = repo.find(p.id);
    REQUIRE(back);
    CHECK(back->birthName == p.birthName);
    CHECK(back->birthDate == p.birthDate);
    CHECK(back->address == p.address);
    CHECK(back->phone == p.phone);
    CHECK(back->email == p.email);
    CHECK(back->status == ChildminderStatus::Suspended);
    CHECK(back->notes == p.notes);
    CHECK(back->relayId == 0);
    CHECK_FALSE(repo.find(p.id + 100));
}

TEST_CASE("Updating with a stale version is a conflict, never a silent overwrite")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository repo(*db);
    Childminder p = makePerson(QStringLiteral("Martin"), QStringLiteral("Anne"));
    repo.insert(p);
    Childminder mine = *repo.find(p.id);
    Childminder theirs = *repo.find(p.id);
    theirs.phone = QStringLiteral("03 29 00 00 01");
    repo.update(theirs);
    CHECK(theirs.version == 2);
    mine.phone = QStringLiteral("03 29 00 00 02");
    CHECK_THROWS_AS(repo.update(mine), ConcurrencyConflict);
    CHECK(repo.find(p.id)->phone == QStringLiteral("03 29 00 00 01"));
}

TEST_CASE("Re-import matching: by approval number, then by identity ignoring accents and case")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people(*db);
    SqlApprovalRepository approvals(*db);
    Childminder p = makePerson(QStringLiteral("Lefèvre"), QStringLiteral("Hélène"));
    p.birthName = QStringLiteral("Bénard");
    people.insert(p);
    Approval a = makeApproval(p.id, QStringLiteral("55-2019-0412"), QDate(2019, 3, 1), QDate(2024, 2, 28));
    approvals.save(a);
    CHECK(people.findByApprovalNumber(QStringLiteral("55-2019-0412")) == p.id);
    CHECK(people.findByApprovalNumber(QStringLiteral(" 55-2019-0412 ")) == p.id);
    CHECK(people.findByApprovalNumber(QStringLiteral("55 2019 0412")) == p.id);
    CHECK(people.findByApprovalNumber(QStringLiteral("5520190412")) == p.id);
    CHECK_FALSE(people.findByApprovalNumber(QStringLiteral(" - ")));
    CHECK_FALSE(people.findByApprovalNumber(QStringLiteral("55-2019-9999")));
    CHECK(people.findByIdentity(QStringLiteral("LEFEVRE"), QStringLiteral("helene"), QDate(1975, 4, 12)) ==
          p.id);
    CHECK(people.findByIdentity(QStringLiteral("Benard"), QStringLiteral("Hélène"), QDate(1975, 4, 12)) ==
          p.id);
    CHECK_FALSE(
        people.findByIdentity(QStringLiteral("Lefèvre"), QStringLiteral("Hélène"), QDate(1975, 4, 13)));
}

TEST_CASE("Approvals keep their events, and the list shows the current agrément")
{
    auto db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people(*db);
    SqlApprovalRepository approvals(*db);
    Childminder p = makePerson(QStringLiteral("Martin"), QStringLiteral("Anne"));
    people.insert(p);
    Approval first =
        makeApproval(p.id, QStringLiteral("55-2016-0001"), QDate(2016, 1, 1), QDate(2020, 12, 31), 3);
    first.events = {ApprovalEvent{0, 0, ApprovalEventKind::FirstGrant, QDate(2016, 1, 1), {}, 3, {}}};
    approvals.save(first);
    Approval renewal =
        makeApproval(p.id, QStringLiteral("55-2021-0007"), QDate(2021, 1, 1), QDate(2030, 12, 31), 4);
    renewal.isRenewal = true;
    renewal.events = {ApprovalEvent{0, 0, ApprovalEventKind::Renewal, QDate(2021, 1, 1), {}, 4, {}},
                      ApprovalEvent{0, 0, ApprovalEventKind::Suspension, QDate(2022, 5, 1), QDate(2022, 7, 1),
                                    0, QStringLiteral("Enquête")}};
    approvals.save(renewal);

    const auto history = approvals.forChildminder(p.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].number == QStringLiteral("55-2016-0001"));
    CHECK(history[1].events.size() == 2);
    CHECK(history[1].events[1].endDate == QDate(2022, 7, 1));

    const auto rows = people.list({});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].approvalNumber == QStringLiteral("55-2021-0007"));
    CHECK(rows[0].approvalEnd == QDate(2030, 12, 31));
    CHECK(rows[0].places == 4);

    // Every approval number is searchable, the old ones too.
    ChildminderQuery byOldNumber;
    byOldNumber.text = QStringLiteral("55-2016");
    CHECK(people.count(byOldNumber) == 1);
    byOldNumber.text = QStringLiteral("martin 2021-0007");
    CHECK(people.count(byOldNumber) == 1);
    byOldNumber.text = QStringLiteral("55-2017");
    CHECK(people.count(byOldNumber) == 0);

    // Editing the current agrément updates the copy the list shows.
    Approval current = history[1];
    current.places = 5;
    approvals.save(current);
    CHECK(people.list({})[0].places == 5);
    CHECK(approvals.forChildminder(p.id)[1].events.size() == 2);
    Approval stale = history[1];
    CHECK_THROWS_AS(approvals.save(stale), ConcurrencyConflict);
}
