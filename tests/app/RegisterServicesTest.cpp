#include "AlertService.h"
#include "AppContext.h"
#include "ApprovalRepository.h"
#include "ApprovalService.h"
#include "ChildminderRepository.h"
#include "ChildminderService.h"
#include "DomainError.h"
#include "FixedClock.h"
#include "QtStringMaker.h"
#include "RelayRepository.h"
#include "RelayService.h"
#include "TestDatabase.h"
#include "TransactionRunner.h"

using namespace parcours;

namespace {
const FixedClock kClock(QDate(2026, 11, 29));

Childminder newPerson()
{
    Childminder p;
    p.usageName = QStringLiteral("Lefèvre");
    p.firstName = QStringLiteral("Hélène");
    p.birthDate = QDate(1972, 6, 3);
    p.postalCode = QStringLiteral("55100");
    p.communeName = QStringLiteral("verdun");
    p.phone = QStringLiteral("03.29.86.06.00");
    return p;
}

QStringList fields(const FieldErrors& errors)
{
    QStringList out;
    for (const auto& e : errors)
        out << e.field;
    return out;
}
} // namespace

TEST_CASE("Saving a person normalises her phone, resolves her commune and derives her relay")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), kClock);
    Relay rpe{0, QStringLiteral("RPE du Grand Verdun"), {}, {}, {QStringLiteral("200049187")}, {}, 0};
    ctx->transactions().inWriteTransaction([&] { ctx->relays().save(rpe); });
    ChildminderService service(*ctx);
    Childminder p = newPerson();
    REQUIRE(service.save(p).isEmpty());
    CHECK(p.id > 0);
    CHECK(p.phone == QStringLiteral("03 29 86 06 00"));
    CHECK(p.inseeCode == QStringLiteral("55545"));
    CHECK(p.communeName == QStringLiteral("Verdun"));
    CHECK(p.relayId == rpe.id);

    // An override sticks even when the commune changes.
    Relay other{0, QStringLiteral("RPE Autre"), {}, {}, {}, {}, 0};
    ctx->transactions().inWriteTransaction([&] { ctx->relays().save(other); });
    p.relayId = other.id;
    p.relayOverridden = true;
    REQUIRE(service.save(p).isEmpty());
    CHECK(service.open(p.id)->person.relayId == other.id);
    CHECK(service.open(p.id)->relayName == QStringLiteral("RPE Autre"));
}

TEST_CASE("Validation names each bad field with a message, and nothing is written")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), kClock);
    ChildminderService service(*ctx);
    Childminder p = newPerson();
    p.usageName.clear();
    p.email = QStringLiteral("helene@");
    p.phone = QStringLiteral("03 29");
    p.birthDate = QDate(2015, 1, 1);
    p.postalCode = QStringLiteral("55000"); // does not serve Verdun
    const auto errors = service.save(p);
    CHECK(fields(errors) == QStringList{QStringLiteral("usageName"), QStringLiteral("birthDate"),
                                        QStringLiteral("email"), QStringLiteral("phone"),
                                        QStringLiteral("postalCode")});
    for (const auto& e : errors)
        CHECK_FALSE(e.message.isEmpty());
    CHECK(p.id == 0);
    CHECK(service.count({}) == 0);

    Childminder unknown = newPerson();
    unknown.communeName = QStringLiteral("Atlantis");
    CHECK(fields(service.validate(unknown)) == QStringList{QStringLiteral("commune")});
}

TEST_CASE("Two editors of one file: the second save is a conflict")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), kClock);
    ChildminderService service(*ctx);
    Childminder p = newPerson();
    REQUIRE(service.save(p).isEmpty());
    Childminder a = service.open(p.id)->person;
    Childminder b = service.open(p.id)->person;
    a.notes = QStringLiteral("A");
    REQUIRE(service.save(a).isEmpty());
    b.notes = QStringLiteral("B");
    CHECK_THROWS_AS(service.save(b), ConcurrencyConflict);
    CHECK(service.open(p.id)->person.notes == QStringLiteral("A"));
}

TEST_CASE("Agrément decisions: grant, renewal term from training, suspension limit, withdrawal")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), kClock);
    ChildminderService people(*ctx);
    ApprovalService approvals(*ctx);
    Childminder p = newPerson();
    p.status = ChildminderStatus::ApprovalPending;
    REQUIRE(people.save(p).isEmpty());

    Approval first;
    first.number = QStringLiteral("55-2020-0001");
    first.startDate = QDate(2020, 3, 1);
    first.places = 9;
    CHECK(fields(approvals.grant(p.id, first)) == QStringList{QStringLiteral("places")});
    first.places = 4;
    REQUIRE(approvals.grant(p.id, first).isEmpty());
    CHECK(first.endDate == QDate(2025, 2, 28));
    CHECK(people.open(p.id)->person.status == ChildminderStatus::Active);

    Approval renewed;
    REQUIRE(
        approvals
            .renew(p.id, QDate(2025, 3, 1), QStringLiteral("55-2025-0002"), 4, {true, true, true}, &renewed)
            .isEmpty());
    CHECK(renewed.endDate == QDate(2035, 2, 28));
    CHECK(renewed.isRenewal);
    auto history = ctx->approvals().forChildminder(p.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].status == ApprovalStatus::Ended);

    CHECK(fields(approvals.suspend(p.id, renewed.id, QDate(2026, 11, 1), QDate(2027, 4, 1), {})) ==
          QStringList{QStringLiteral("endDate")});
    REQUIRE(
        approvals.suspend(p.id, renewed.id, QDate(2026, 11, 1), QDate(2027, 2, 1), QStringLiteral("Enquête"))
            .isEmpty());
    CHECK(people.open(p.id)->person.status == ChildminderStatus::Suspended);

    REQUIRE(
        approvals.modify(p.id, renewed.id, QDate(2026, 11, 20), 3, QStringLiteral("Réduction")).isEmpty());
    CHECK(ctx->approvals().forChildminder(p.id)[1].places == 3);

    REQUIRE(approvals.withdraw(p.id, renewed.id, QDate(2026, 11, 28), {}).isEmpty());
    history = ctx->approvals().forChildminder(p.id);
    CHECK(history[1].status == ApprovalStatus::Withdrawn);
    CHECK(history[1].events.size() == 4); // renewal, suspension, modification, withdrawal
    CHECK(people.open(p.id)->person.status == ChildminderStatus::Stopped);
}

TEST_CASE("Alerts of the register: ending soon, expired while active, sorted by date")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), kClock);
    ChildminderService people(*ctx);
    ApprovalService approvals(*ctx);
    auto add = [&](const QString& name, QDate start) {
        Childminder p = newPerson();
        p.usageName = name;
        REQUIRE(people.save(p).isEmpty());
        Approval a;
        a.number = name;
        a.startDate = start;
        REQUIRE(approvals.grant(p.id, a).isEmpty());
        return p.id;
    };
    const auto expired = add(QStringLiteral("Expired"), QDate(2021, 1, 1)); // ended 31/12/2025
    const auto soon = add(QStringLiteral("Soon"), QDate(2022, 3, 1));       // ends 28/02/2027
    add(QStringLiteral("Fine"), QDate(2024, 1, 1));                         // ends 2028
    const auto alerts = AlertService(*ctx).current();
    REQUIRE(alerts.size() == 3);
    CHECK(alerts[0].childminderId == expired);
    CHECK(alerts[0].kind == AlertKind::ExpiredWhileActive);
    // Her renewal file was due on 28/11/2026, before the end on 28/02/2027.
    CHECK(alerts[1].childminderId == soon);
    CHECK(alerts[1].kind == AlertKind::RenewalFileDue);
    CHECK(alerts[2].kind == AlertKind::ApprovalEndingSoon);
    CHECK(alerts[2].date == QDate(2027, 2, 28));
    // A one-month window drops "ending soon" but not the file already due.
    const auto narrow = AlertService(*ctx).current(1);
    CHECK(narrow.size() == 2);
    for (const auto& a : narrow)
        CHECK(a.kind != AlertKind::ApprovalEndingSoon);
}

TEST_CASE("Changing a relay's territory moves the people of those communes, not those with an override")
{
    auto ctx = AppContext::openOn(parcours::testing::openTestDatabase(), kClock);
    ChildminderService people(*ctx);
    RelayService relays(*ctx);
    Childminder follows = newPerson(); // Verdun, EPCI Grand Verdun
    REQUIRE(people.save(follows).isEmpty());
    CHECK(follows.relayId == 0);

    Relay rpe{0, QStringLiteral("RPE du Grand Verdun"), {}, {}, {QStringLiteral("200049187")}, {}, 0};
    REQUIRE(relays.save(rpe).isEmpty());
    CHECK(people.open(follows.id)->person.relayId == rpe.id);
    CHECK(people.open(follows.id)->person.version == follows.version); // derived data: no conflict later

    Relay other{0, QStringLiteral("RPE Autre"), {}, {QStringLiteral("55029")}, {}, {}, 0};
    REQUIRE(relays.save(other).isEmpty());
    Childminder chose = newPerson();
    chose.usageName = QStringLiteral("Autre");
    chose.relayId = other.id;
    chose.relayOverridden = true;
    REQUIRE(people.save(chose).isEmpty());

    // The EPCI leaves the relay: Verdun has no relay any more, except for her who chose one.
    rpe.epciCodes.clear();
    rpe.communeCodes = {QStringLiteral("55029")};
    REQUIRE_FALSE(relays.save(rpe).isEmpty()); // Bar-le-Duc is already served by "RPE Autre"
    rpe.communeCodes.clear();
    REQUIRE(relays.save(rpe).isEmpty());
    CHECK(people.open(follows.id)->person.relayId == 0);
    CHECK(people.open(chose.id)->person.relayId == other.id);
}
