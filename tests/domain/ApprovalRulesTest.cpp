#include "ApprovalRules.h"
#include "QtStringMaker.h"

using namespace parcours;

TEST_CASE("A first agrément runs five years, to the day before the anniversary")
{
    ApprovalRules rules;
    CHECK(rules.validityEnd(QDate(2024, 3, 15), false, {}) == QDate(2029, 3, 14));
    // Full training does not matter for a first grant.
    CHECK(rules.validityEnd(QDate(2024, 3, 15), false, {true, true, true}) == QDate(2029, 3, 14));
}

TEST_CASE("A renewal runs ten years only with initial training complete and EP1 + EP3 passed")
{
    ApprovalRules rules;
    const QDate start(2021, 1, 1);
    CHECK(rules.validityEnd(start, true, {true, true, true}) == QDate(2030, 12, 31));
    CHECK(rules.validityEnd(start, true, {true, true, false}) == QDate(2025, 12, 31));
    CHECK(rules.validityEnd(start, true, {false, true, true}) == QDate(2025, 12, 31));
    CHECK(rules.validityEnd(start, true, {}) == QDate(2025, 12, 31));
}

TEST_CASE("An agrément starting on 29 February ends on 27 or 28 February")
{
    ApprovalRules rules;
    // 2024-02-29 + 5 years -> 2029-02-28 (no 29th), minus one day.
    CHECK(rules.validityEnd(QDate(2024, 2, 29), false, {}) == QDate(2029, 2, 27));
    // + 10 years lands on a common year too.
    CHECK(rules.validityEnd(QDate(2024, 2, 29), true, {true, true, true}) == QDate(2034, 2, 27));
    CHECK_FALSE(rules.validityEnd(QDate(), false, {}).isValid());
}

TEST_CASE("Validity terms follow the settings")
{
    RuleSettings s;
    s.firstApprovalYears = 3;
    s.renewalLongYears = 7;
    ApprovalRules rules(s);
    CHECK(rules.validityEnd(QDate(2025, 6, 1), false, {}) == QDate(2028, 5, 31));
    CHECK(rules.termYears(true, {true, true, true}) == 7);
}

TEST_CASE("Capacity: at most 6 children under 11, 4 under 3, +2 temporarily")
{
    ApprovalRules rules;
    CHECK(rules.capacityProblems(4, 4, false).isEmpty());
    CHECK(rules.capacityProblems(6, 0, false).isEmpty());
    CHECK(rules.capacityProblems(7, 0, false).size() == 1);
    CHECK(rules.capacityProblems(8, 4, true).isEmpty());
    CHECK(rules.capacityProblems(9, 0, true).size() == 1);
    CHECK(rules.capacityProblems(6, 5, true).size() == 1);
    CHECK(rules.capacityProblems(0, 0, false).size() == 1);
    CHECK(rules.capacityProblems(2, 3, false).size() == 1);
    CHECK(rules.maxPlaces(false) == 6);
    CHECK(rules.maxPlaces(true) == 8);
}
