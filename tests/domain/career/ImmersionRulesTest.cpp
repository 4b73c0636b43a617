#include "ImmersionRules.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {
Immersion immersion(qint64 id, QDate start, QDate end, const QString& host, qint64 renewalOf = 0)
{
    Immersion i;
    i.id = id;
    i.childminderId = 7;
    i.hostName = host;
    i.startDate = start;
    i.endDate = end;
    i.renewalOf = renewalOf;
    return i;
}

const QString kCreche = QStringLiteral("Crèche Les Lucioles");
} // namespace

TEST_CASE("A PMSMP lasts one month at most")
{
    const ImmersionRules rules;
    CHECK(rules.latestEnd(QDate(2026, 3, 15)) == QDate(2026, 4, 14));
    CHECK(rules.problems(immersion(0, QDate(2026, 3, 15), QDate(2026, 4, 14), kCreche), {}).isEmpty());
    const auto tooLong = rules.problems(immersion(0, QDate(2026, 3, 15), QDate(2026, 4, 15), kCreche), {});
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong[0].contains(QStringLiteral("14/04/2026")));
    // 31 January + 1 month stops at 28 February.
    CHECK(rules.latestEnd(QDate(2027, 1, 31)) == QDate(2027, 2, 27));
    CHECK(rules.problems(immersion(0, QDate(2026, 5, 2), QDate(2026, 5, 1), kCreche), {}).size() == 1);
}

TEST_CASE("A PMSMP may be renewed once, with the same host, after it ends")
{
    const ImmersionRules rules;
    const auto first = immersion(1, QDate(2026, 1, 5), QDate(2026, 1, 16), kCreche);
    const auto renewal = immersion(2, QDate(2026, 1, 19), QDate(2026, 1, 30), kCreche, 1);
    CHECK(rules.problems(renewal, {first}).isEmpty());
    const auto again = immersion(3, QDate(2026, 2, 2), QDate(2026, 2, 6), kCreche, 2);
    const auto problems = rules.problems(again, {first, renewal});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("number 2")));
    CHECK(rules
              .problems(
                  immersion(0, QDate(2026, 2, 2), QDate(2026, 2, 6), QStringLiteral("MAM Les Petits Pas"), 1),
                  {first})
              .size() == 1);
    // Two renewals allowed when the setting says so.
    RuleSettings twice;
    twice.immersionMaxRenewals = 2;
    CHECK(ImmersionRules(twice).problems(again, {first, renewal}).isEmpty());
}

TEST_CASE("At most two months with one host in any twelve months")
{
    const ImmersionRules rules;
    const auto a = immersion(1, QDate(2026, 1, 5), QDate(2026, 2, 4), kCreche);    // 31 days
    const auto b = immersion(2, QDate(2026, 2, 5), QDate(2026, 3, 4), kCreche, 1); // 28 days
    // 59 days from 05/02: 05/02 → 05/04 is 59 days, just within.
    CHECK(rules.maxDaysWithHostIn12Months(b, {a}) == 59);
    CHECK(rules.problems(b, {a}).isEmpty());
    // Ten more days in September with the same host: 69 days in 12 months.
    const auto september =
        immersion(0, QDate(2026, 9, 7), QDate(2026, 9, 16), QStringLiteral(" crèche les lucioles"));
    CHECK(rules.maxDaysWithHostIn12Months(september, {a, b}) == 69);
    const auto problems = rules.problems(september, {a, b});
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(QStringLiteral("69")));
    // Another host is fine; so is the same host once the year has passed.
    CHECK(rules
              .problems(
                  immersion(0, QDate(2026, 9, 7), QDate(2026, 9, 16), QStringLiteral("MAM Les Petits Pas")),
                  {a, b})
              .isEmpty());
    CHECK(rules.problems(immersion(0, QDate(2027, 1, 10), QDate(2027, 1, 19), kCreche), {a, b}).isEmpty());
    // Overlapping immersions are refused.
    CHECK(rules.problems(immersion(0, QDate(2026, 2, 1), QDate(2026, 2, 3), QStringLiteral("Autre")), {a, b})
              .first()
              .contains(QStringLiteral("05/01/2026")));
}
