#include "AlertRules.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {
Childminder person(ChildminderStatus status = ChildminderStatus::Active)
{
    Childminder p;
    p.id = 7;
    p.usageName = QStringLiteral("Martin");
    p.firstName = QStringLiteral("Élise");
    p.status = status;
    return p;
}

Approval approval(QDate start, QDate end)
{
    Approval a;
    a.id = 1;
    a.startDate = start;
    a.endDate = end;
    return a;
}

bool has(const QList<Alert>& alerts, AlertKind kind)
{
    for (const auto& a : alerts)
        if (a.kind == kind)
            return true;
    return false;
}
} // namespace

TEST_CASE("An agrément ending within 6 months raises an alert, not one ending later")
{
    AlertRules rules;
    const QDate today(2026, 11, 29);
    CHECK(has(rules.alertsFor(person(), {approval(QDate(2021, 5, 1), QDate(2027, 5, 29))}, today),
              AlertKind::ApprovalEndingSoon));
    CHECK_FALSE(has(rules.alertsFor(person(), {approval(QDate(2021, 5, 1), QDate(2027, 5, 30))}, today),
                    AlertKind::ApprovalEndingSoon));
    // Ending today is still ending soon, not expired.
    const auto endsToday = rules.alertsFor(person(), {approval(QDate(2021, 5, 1), today)}, today);
    CHECK(has(endsToday, AlertKind::ApprovalEndingSoon));
    CHECK_FALSE(has(endsToday, AlertKind::ExpiredWhileActive));
}

TEST_CASE("The alert window is a setting")
{
    RuleSettings s;
    s.alertEndingWithinMonths = 12;
    AlertRules rules(s);
    CHECK(
        has(rules.alertsFor(person(), {approval(QDate(2021, 5, 1), QDate(2027, 11, 1))}, QDate(2026, 11, 29)),
            AlertKind::ApprovalEndingSoon));
}

TEST_CASE("The renewal file is due three months before the end")
{
    AlertRules rules;
    // Raised from one month before the due date.
    const auto alerts =
        rules.alertsFor(person(), {approval(QDate(2022, 4, 1), QDate(2027, 3, 31))}, QDate(2026, 11, 30));
    REQUIRE(has(alerts, AlertKind::RenewalFileDue));
    for (const auto& a : alerts)
        if (a.kind == AlertKind::RenewalFileDue) {
            CHECK(a.date == QDate(2026, 12, 31));
            CHECK(a.message.contains(QStringLiteral("31/12/2026")));
        }
    // Once the date has passed, the message says it is overdue.
    const auto late =
        rules.alertsFor(person(), {approval(QDate(2022, 4, 1), QDate(2027, 3, 31))}, QDate(2027, 1, 5));
    REQUIRE(has(late, AlertKind::RenewalFileDue));
    for (const auto& a : late)
        if (a.kind == AlertKind::RenewalFileDue)
            CHECK(a.message.contains(QStringLiteral("overdue")));
    // The day before, it is not yet raised.
    CHECK_FALSE(
        has(rules.alertsFor(person(), {approval(QDate(2022, 4, 1), QDate(2027, 3, 31))}, QDate(2026, 11, 29)),
            AlertKind::RenewalFileDue));
}

TEST_CASE("An expired agrément of a person still recorded as working is flagged")
{
    AlertRules rules;
    const QList<Approval> old{approval(QDate(2016, 1, 1), QDate(2020, 12, 31))};
    CHECK(has(rules.alertsFor(person(), old, QDate(2026, 11, 29)), AlertKind::ExpiredWhileActive));
    CHECK(rules.alertsFor(person(ChildminderStatus::Retired), old, QDate(2026, 11, 29)).isEmpty());
    CHECK(has(rules.alertsFor(person(), {}, QDate(2026, 11, 29)), AlertKind::ExpiredWhileActive));
    // A withdrawn agrément, even before its end date, is no licence to work.
    Approval withdrawn = approval(QDate(2024, 1, 1), QDate(2028, 12, 31));
    withdrawn.status = ApprovalStatus::Withdrawn;
    CHECK(has(rules.alertsFor(person(), {withdrawn}, QDate(2026, 11, 29)), AlertKind::ExpiredWhileActive));
    CHECK(rules.alertsFor(person(ChildminderStatus::Stopped), {withdrawn}, QDate(2026, 11, 29)).isEmpty());
    // A renewal on file hides the old agrément.
    const QList<Approval> renewed{old.front(), approval(QDate(2021, 1, 1), QDate(2030, 12, 31))};
    CHECK(rules.alertsFor(person(), renewed, QDate(2026, 11, 29)).isEmpty());
}

TEST_CASE("A suspension past four months is flagged")
{
    AlertRules rules;
    Approval a = approval(QDate(2022, 1, 1), QDate(2031, 12, 31));
    ApprovalEvent s;
    s.kind = ApprovalEventKind::Suspension;
    s.date = QDate(2026, 7, 1);
    a.events = {s};
    CHECK(has(rules.alertsFor(person(ChildminderStatus::Suspended), {a}, QDate(2026, 11, 2)),
              AlertKind::SuspensionTooLong));
    CHECK_FALSE(has(rules.alertsFor(person(ChildminderStatus::Suspended), {a}, QDate(2026, 10, 31)),
                    AlertKind::SuspensionTooLong));
    // Ended within the limit: nothing to say.
    a.events[0].endDate = QDate(2026, 9, 1);
    CHECK_FALSE(has(rules.alertsFor(person(), {a}, QDate(2026, 11, 29)), AlertKind::SuspensionTooLong));
}

TEST_CASE("A MAM over 6 members or 20 children is flagged")
{
    AlertRules rules;
    Mam mam;
    mam.id = 3;
    mam.name = QStringLiteral("Les Petits Loups");
    for (int i = 0; i < 6; ++i)
        mam.members.append(MamMember{i + 1, {}, QDate(2020, 1, 1), {}, 3});
    CHECK(rules.alertsFor(mam, QDate(2026, 11, 29)).isEmpty());
    mam.members.append(MamMember{9, {}, QDate(2026, 1, 1), {}, 3});
    CHECK(rules.alertsFor(mam, QDate(2026, 11, 29)).size() == 2); // 7 members, 21 places
    // Someone who left no longer counts.
    mam.members[0].left = QDate(2026, 6, 1);
    CHECK(rules.alertsFor(mam, QDate(2026, 11, 29)).isEmpty());
}
