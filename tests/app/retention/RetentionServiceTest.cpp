#include "RetentionService.h"
#include "ContactService.h"
#include "DomainError.h"
#include "IsolationService.h"
#include "QtStringMaker.h"
#include "RetentionAppFixture.h"

using namespace parcours;
using namespace parcours::testing;

TEST_CASE("An activity needs a title, a date and a sensible duration")
{
    RetentionApp app;
    RetentionService service(*app.ctx);
    CollectiveActivity a;
    a.hours = 120;
    a.relayId = 999;
    CHECK(fieldsOf(service.saveActivity(a)) == QStringList{QStringLiteral("title"), QStringLiteral("date"),
                                                           QStringLiteral("hours"), QStringLiteral("relay")});
    CHECK(a.id == 0);
    CHECK(service.countActivities({}) == 0);

    a.title = QStringLiteral("  Atelier motricité ");
    a.date = QDate(2026, 5, 12);
    a.hours = 2;
    a.relayId = app.relay(QStringLiteral("RPE Sud"));
    REQUIRE(service.saveActivity(a).isEmpty());
    CHECK(a.id > 0);
    CHECK(a.version == 1);
    CHECK(service.activity(a.id)->title == QStringLiteral("Atelier motricité"));
}

TEST_CASE("A stale activity is refused instead of overwriting someone else's change")
{
    RetentionApp app;
    RetentionService service(*app.ctx);
    CollectiveActivity a;
    a.title = QStringLiteral("Soirée");
    a.date = QDate(2026, 5, 12);
    REQUIRE(service.saveActivity(a).isEmpty());
    CollectiveActivity stale = a;
    a.place = QStringLiteral("Mairie");
    REQUIRE(service.saveActivity(a).isEmpty());
    CHECK(a.version == 2);
    stale.place = QStringLiteral("Salle des fêtes");
    CHECK_THROWS_AS(service.saveActivity(stale), ConcurrencyConflict);
    CHECK(service.activity(a.id)->place == QStringLiteral("Mairie"));
}

TEST_CASE("Attendance is listed and counted per activity, and filtered by period and RPE")
{
    RetentionApp app;
    RetentionService service(*app.ctx);
    const qint64 north = app.relay(QStringLiteral("RPE Nord"));
    const qint64 south = app.relay(QStringLiteral("RPE Sud"));
    const qint64 anne = app.person(QStringLiteral("Bertin"), north);
    const qint64 zoe = app.person(QStringLiteral("Adam"), north);
    CollectiveActivity may = makeActivity(ActivityKind::RpeWorkshop, QStringLiteral("Éveil"),
                                          QDate(2026, 5, 2), 2, north, QString());
    CollectiveActivity march = makeActivity(ActivityKind::ThematicEvening, QStringLiteral("Sommeil"),
                                            QDate(2026, 3, 9), 2, south, QString());
    REQUIRE(service.saveActivity(may).isEmpty());
    REQUIRE(service.saveActivity(march).isEmpty());
    REQUIRE(service.addAttendee(may.id, anne).isEmpty());
    REQUIRE(service.addAttendee(may.id, zoe).isEmpty());
    REQUIRE(service.addAttendee(may.id, zoe).isEmpty()); // twice is harmless
    CHECK(fieldsOf(service.addAttendee(may.id, 4242)) == QStringList{QStringLiteral("childminder")});
    CHECK(fieldsOf(service.addAttendee(4242, anne)) == QStringList{QStringLiteral("activity")});

    const auto people = service.attendees(may.id);
    REQUIRE(people.size() == 2);
    CHECK(people[0].childminderId == zoe); // sorted by name: Adam before Bertin

    const auto all = service.activities({});
    REQUIRE(all.size() == 2);
    CHECK(all[0].activity.id == may.id); // newest first
    CHECK(all[0].attendance == 2);
    CHECK(all[0].relayName == QStringLiteral("RPE Nord"));
    CHECK(all[1].attendance == 0);

    ActivityQuery spring;
    spring.from = QDate(2026, 4, 1);
    spring.to = QDate(2026, 6, 30);
    CHECK(service.countActivities(spring) == 1);
    ActivityQuery southOnly;
    southOnly.relayId = south;
    CHECK(service.activities(southOnly).value(0).activity.id == march.id);

    service.removeAttendee(may.id, anne);
    CHECK(service.attendees(may.id).size() == 1);
    service.removeActivity(may.id);
    CHECK_FALSE(service.activity(may.id));
    CHECK(service.countActivities({}) == 1);
}

TEST_CASE("MAM support actions are checked, stored with their documents and listed open first")
{
    RetentionApp app;
    RetentionService service(*app.ctx);
    const qint64 mam = app.mam(QStringLiteral("MAM Les Lutins"));
    MamSupportAction bad;
    bad.mamId = 999;
    bad.status = SupportStatus::Done;
    bad.startDate = QDate(2026, 5, 1);
    bad.dueDate = QDate(2026, 4, 1);
    CHECK(fieldsOf(service.saveSupportAction(bad)) ==
          QStringList{QStringLiteral("mam"), QStringLiteral("title"), QStringLiteral("dueDate"),
                      QStringLiteral("doneDate")});

    MamSupportAction done;
    done.mamId = mam;
    done.kind = SupportKind::Rules;
    done.title = QStringLiteral("Règlement de fonctionnement");
    done.status = SupportStatus::Done;
    done.doneDate = QDate(2026, 2, 1);
    done.documents = {QStringLiteral("reglement.pdf"), QStringLiteral("  "), QStringLiteral("annexe.pdf ")};
    REQUIRE(service.saveSupportAction(done).isEmpty());
    MamSupportAction protocol;
    protocol.mamId = mam;
    protocol.kind = SupportKind::Protocol;
    protocol.title = QStringLiteral("Protocole de mise en sûreté");
    protocol.status = SupportStatus::InProgress;
    protocol.dueDate = QDate(2026, 9, 1);
    REQUIRE(service.saveSupportAction(protocol).isEmpty());

    const auto list = service.supportActions(mam);
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == protocol.id);
    CHECK(list[1].documents == QStringList{QStringLiteral("reglement.pdf"), QStringLiteral("annexe.pdf")});
    CHECK(list[1].kind == SupportKind::Rules);
    service.removeSupportAction(protocol.id);
    CHECK(service.supportActions(mam).size() == 1);
}

TEST_CASE("The isolation watch follows the isolationMonths setting")
{
    RetentionApp app;
    const qint64 north = app.relay(QStringLiteral("RPE Nord"));
    const qint64 seen = app.person(QStringLiteral("Vue"), north);
    app.person(QStringLiteral("Seule"), north);
    RetentionService service(*app.ctx);
    CollectiveActivity a = makeActivity(ActivityKind::RpeWorkshop, QStringLiteral("Éveil"),
                                        QDate(2025, 10, 1), 2, north, QString());
    REQUIRE(service.saveActivity(a).isEmpty());
    REQUIRE(service.addAttendee(a.id, seen).isEmpty());

    IsolationService isolation(*app.ctx);
    CHECK(isolation.windowStart() == QDate(2025, 6, 15));
    REQUIRE(isolation.byRelay().size() == 1);
    CHECK(isolation.byRelay()[0].active == 2);
    CHECK(isolation.byRelay()[0].isolated == 1);
    CHECK(isolation.isolated(north).value(0).name.startsWith(QStringLiteral("SEULE")));

    RuleSettings rules = app.ctx->rules();
    rules.isolationMonths = 6; // October 2025 is now too old
    app.ctx->setRules(rules);
    CHECK(isolation.windowStart() == QDate(2025, 12, 15));
    CHECK(isolation.count(north) == 2);
    CHECK(isolation.countAll() == 2);
}
