#include "Database.h"
#include "DomainError.h"
#include "Migrations.h"
#include "QtStringMaker.h"
#include "SqlApprovalRepository.h"
#include "SqlChildminderRepository.h"
#include "SqlContactRepository.h"
#include "SqlRelayRepository.h"
#include "StorageFixtures.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::testing;

namespace {
struct Log
{
    std::unique_ptr<Database> db = parcours::testing::openTestDatabase();
    SqlChildminderRepository people{*db};
    SqlRelayRepository relays{*db};
    SqlContactRepository contacts{*db};

    qint64 person(const QString& name, qint64 relay = 0, ChildminderStatus status = ChildminderStatus::Active)
    {
        Childminder p = makePerson(name, QStringLiteral("A"));
        p.relayId = relay;
        p.status = status;
        people.insert(p);
        return p.id;
    }

    ContactEntry contact(qint64 who, QDateTime at, ContactOutcome outcome = ContactOutcome::Completed,
                         const QString& staff = QStringLiteral("Claire"))
    {
        ContactEntry e;
        e.childminderId = who;
        e.at = at;
        e.outcome = outcome;
        e.staffMember = staff;
        contacts.save(e);
        return e;
    }
};

QDateTime on(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0));
}
} // namespace

TEST_CASE("A contact is stored with its topics and follow-up, and updated with a version check")
{
    Log log;
    const auto who = log.person(QStringLiteral("Martin"));
    ContactEntry e;
    e.childminderId = who;
    e.at = on(2026, 3, 2, 14);
    e.channel = ContactChannel::HomeVisit;
    e.direction = ContactDirection::Incoming;
    e.staffMember = QStringLiteral("Claire Petit");
    e.durationMinutes = 35;
    e.topics = {ContactTopic::Training, ContactTopic::ConsideringStopping};
    e.notes = QStringLiteral("Souhaite une formation premiers secours.");
    e.followUp = FollowUp{QStringLiteral("Rappeler"), QDate(2026, 3, 20), QStringLiteral("Marie"), {}};
    log.contacts.save(e);
    const auto back = log.contacts.forChildminder(who, 10);
    REQUIRE(back.size() == 1);
    CHECK(back[0].at == e.at);
    CHECK(back[0].channel == ContactChannel::HomeVisit);
    CHECK(back[0].direction == ContactDirection::Incoming);
    CHECK(back[0].topics == e.topics);
    CHECK(back[0].durationMinutes == 35);
    REQUIRE(back[0].followUp);
    CHECK(back[0].followUp->isOpen());
    CHECK(log.contacts.openFollowUps(10).size() == 1);

    ContactEntry done = back[0];
    done.followUp->doneOn = QDate(2026, 3, 18);
    log.contacts.save(done);
    CHECK(log.contacts.openFollowUps(10).isEmpty());
    ContactEntry stale = back[0];
    CHECK_THROWS_AS(log.contacts.save(stale), ConcurrencyConflict);
}

TEST_CASE("Annual coverage counts working people with a completed exchange in the year, per relay and staff")
{
    Log log;
    Relay north{0, QStringLiteral("RPE Nord"), {}, {}, {}, {}, 0};
    log.relays.save(north);
    const auto a = log.person(QStringLiteral("A"), north.id);
    const auto b = log.person(QStringLiteral("B"), north.id);
    const auto c = log.person(QStringLiteral("C"));
    const auto retired = log.person(QStringLiteral("D"), 0, ChildminderStatus::Retired);
    log.contact(a, on(2026, 1, 1, 0)); // first second of the year counts
    log.contact(a, on(2026, 5, 1), ContactOutcome::Completed, QStringLiteral("Marie"));
    log.contact(b, on(2026, 6, 1), ContactOutcome::MessageLeft); // not reached
    log.contact(b, on(2025, 12, 31, 23));                        // last year
    log.contact(retired, on(2026, 2, 1));                        // out of scope

    const auto all = log.contacts.coverage(2026, 0);
    CHECK(all.active == 3);
    CHECK(all.reached == 1);
    CHECK(log.contacts.coverage(2026, north.id).active == 2);
    CHECK(log.contacts.coverage(2025, 0).reached == 1);

    const auto byRelay = log.contacts.coverageByRelay(2026);
    REQUIRE(byRelay.size() == 2);
    CHECK(byRelay[0].group == QStringLiteral("RPE Nord"));
    CHECK(byRelay[0].reached == 1);
    CHECK(byRelay[1].groupId == 0);
    CHECK(byRelay[1].active == 1);

    const auto byStaff = log.contacts.coverageByStaff(2026);
    REQUIRE(byStaff.size() == 2);
    CHECK(byStaff[0].group == QStringLiteral("Claire"));
    CHECK(byStaff[0].reached == 1);
    CHECK(byStaff[0].active == 3);

    // Not reached in 2026: never contacted first, then the oldest last exchange.
    const auto notReached = log.contacts.notReached(2026, 0, 0, 10);
    REQUIRE(notReached.size() == 2);
    CHECK(notReached[0].childminderId == c);
    CHECK_FALSE(notReached[0].lastContact.isValid());
    CHECK(notReached[1].childminderId == b);
    CHECK(notReached[1].lastContact == QDate(2025, 12, 31));
    CHECK(log.contacts.notReached(2026, north.id, 0, 10).size() == 1);

    CHECK(log.contacts.countWithoutContactSince(QDate(2025, 11, 29)) == 1); // c only
    CHECK(log.contacts.countWithoutContactSince(QDate(2026, 1, 2)) == 2);   // b's last was in 2025
}

TEST_CASE("A version-1 database is migrated to the contact log without losing a row", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(PARCOURS_TEST_DATA "/schema-v1.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto count = [](Database& db, const QString& table) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    auto db = Database::open(path);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(count(*db, QStringLiteral("childminders")) == 60);
    CHECK(count(*db, QStringLiteral("approvals")) == 153);
    CHECK(count(*db, QStringLiteral("relays")) == 16);
    CHECK(count(*db, QStringLiteral("contacts")) == 0);
    // The old data still works through the repositories.
    SqlChildminderRepository people(*db);
    ChildminderQuery search;
    search.text = QStringLiteral("55");
    CHECK(people.count(search) == 60);
}
