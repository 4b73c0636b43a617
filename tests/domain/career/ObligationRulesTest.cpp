#include "ObligationRules.h"
#include "ApprovalRules.h"
#include "QtStringMaker.h"

using namespace parcours;

namespace {
ObligationFacts firstApproval(QDate start)
{
    ObligationFacts f;
    f.firstApprovalStart = start;
    f.currentApprovalStart = start;
    f.currentApprovalEnd = ApprovalRules().validityEnd(start, false, {});
    return f;
}

Obligation find(const QList<Obligation>& list, ObligationKind kind)
{
    for (const auto& o : list)
        if (o.kind == kind)
            return o;
    FAIL("obligation missing: " << obligationKindKey(kind).toStdString());
    return {};
}

void addHours(ObligationFacts& f, QDate date, double hours, TrainingHoursCategory category)
{
    f.hours.append(TrainingHoursRecord{date, hours, category});
}

void addEvent(ObligationFacts& f, QDate date, CareerEventKind kind, const QString& detail = {})
{
    CareerEvent e;
    e.date = date;
    e.kind = kind;
    e.detail = detail;
    f.events.append(e);
}

void addResult(ObligationFacts& f, QualificationKind kind, QualificationResult result, QDate date)
{
    Qualification q;
    q.kind = kind;
    q.result = result;
    q.date = date;
    f.qualifications.append(q);
}
} // namespace

TEST_CASE("Initial training deadlines run from the first agrément: 6 months then 3 years")
{
    const ObligationRules rules;
    const auto facts = firstApproval(QDate(2024, 3, 15));
    // Upcoming until three months before 14/09/2024, due soon then, overdue after.
    auto first = find(rules.obligations(facts, QDate(2024, 6, 13)), ObligationKind::InitialFirstPart);
    CHECK(first.deadline == QDate(2024, 9, 14));
    CHECK(first.hoursRequired == 80);
    CHECK(first.hoursDone == 0);
    CHECK(first.status == ObligationStatus::Upcoming);
    CHECK(find(rules.obligations(facts, QDate(2024, 6, 14)), ObligationKind::InitialFirstPart).status ==
          ObligationStatus::DueSoon);
    CHECK(find(rules.obligations(facts, QDate(2024, 9, 14)), ObligationKind::InitialFirstPart).status ==
          ObligationStatus::DueSoon);
    CHECK(find(rules.obligations(facts, QDate(2024, 9, 15)), ObligationKind::InitialFirstPart).status ==
          ObligationStatus::Overdue);

    const auto second = find(rules.obligations(facts, QDate(2024, 9, 15)), ObligationKind::InitialSecondPart);
    CHECK(second.deadline == QDate(2027, 3, 14));
    CHECK(second.hoursRequired == 40);
    CHECK(second.status == ObligationStatus::Upcoming);
}

TEST_CASE("Hours done count towards their own part only, and 0.5 h short is still missing")
{
    const ObligationRules rules;
    auto facts = firstApproval(QDate(2024, 3, 15));
    addHours(facts, QDate(2024, 2, 20), 50,
             TrainingHoursCategory::InitialFirstPart); // before the agrément: counts
    addHours(facts, QDate(2024, 5, 2), 29.5, TrainingHoursCategory::InitialFirstPart);
    addHours(facts, QDate(2024, 5, 3), 12, TrainingHoursCategory::Continuing);
    auto first = find(rules.obligations(facts, QDate(2024, 10, 1)), ObligationKind::InitialFirstPart);
    CHECK(first.hoursDone == 79.5);
    CHECK(first.status == ObligationStatus::Overdue);
    CHECK(first.detail.contains(QStringLiteral("0,5 h")));
    addHours(facts, QDate(2024, 9, 30), 0.5, TrainingHoursCategory::InitialFirstPart);
    first = find(rules.obligations(facts, QDate(2024, 10, 1)), ObligationKind::InitialFirstPart);
    CHECK(first.status == ObligationStatus::Done);
    CHECK(find(rules.obligations(facts, QDate(2024, 10, 1)), ObligationKind::InitialSecondPart).hoursDone ==
          0);
}

TEST_CASE("Deadlines of agréments granted on 29 February")
{
    const ObligationRules rules;
    for (const int year : {2020, 2024}) {
        const auto facts = firstApproval(QDate(year, 2, 29));
        const auto list = rules.obligations(facts, QDate(year, 3, 1));
        // 29/08 is the 6-month anniversary, so the last day is 28/08.
        CHECK(find(list, ObligationKind::InitialFirstPart).deadline == QDate(year, 8, 28));
        // Three years on there is no 29 February: addYears gives 28/02, the last day is 27/02.
        CHECK(find(list, ObligationKind::InitialSecondPart).deadline == QDate(year + 3, 2, 27));
        CHECK(find(list, ObligationKind::ProfessionalReview).deadline == QDate(year + 2, 2, 27));
    }
    // Six months after 31/08/2023 is 29/02/2024 (leap year): last day 28/02/2024.
    CHECK(rules.firstPartDeadline(QDate(2023, 8, 31)) == QDate(2024, 2, 28));
    // And after 31/08/2024, 28/02/2025: last day 27/02/2025.
    CHECK(rules.firstPartDeadline(QDate(2024, 8, 31)) == QDate(2025, 2, 27));
}

TEST_CASE("Agréments granted before 2019 follow the former 60 h + 60 h within 2 years rule")
{
    const ObligationRules rules;
    const auto legacy = firstApproval(QDate(2018, 12, 31));
    auto list = rules.obligations(legacy, QDate(2019, 1, 15));
    CHECK(rules.followsLegacyRule(QDate(2018, 12, 31)));
    CHECK(find(list, ObligationKind::InitialFirstPart).hoursRequired == 60);
    CHECK(find(list, ObligationKind::InitialSecondPart).hoursRequired == 60);
    CHECK(find(list, ObligationKind::InitialSecondPart).deadline == QDate(2020, 12, 30));
    CHECK(find(list, ObligationKind::InitialSecondPart).detail.contains(QStringLiteral("2019")));
    // The CAP AEPE tests are not part of the former training.
    CHECK(find(list, ObligationKind::CapEp1).status == ObligationStatus::NotApplicable);

    // Granted in 2020 (before 2021): the reformed rule already applies.
    CHECK_FALSE(rules.followsLegacyRule(QDate(2019, 1, 1)));
    const auto reformed = firstApproval(QDate(2020, 6, 1));
    list = rules.obligations(reformed, QDate(2020, 7, 1));
    CHECK(find(list, ObligationKind::InitialFirstPart).hoursRequired == 80);
    CHECK(find(list, ObligationKind::InitialSecondPart).hoursRequired == 40);
    CHECK(find(list, ObligationKind::InitialSecondPart).deadline == QDate(2023, 5, 31));
    CHECK(find(list, ObligationKind::CapEp1).deadline == QDate(2025, 2, 28)); // 31/05/2025 - 3 months

    // The reform year is a setting.
    RuleSettings later;
    later.trainingReformYear = 2021;
    CHECK(ObligationRules(later).followsLegacyRule(QDate(2020, 6, 1)));
}

TEST_CASE("Once her agrément was renewed, the initial training counts as checked")
{
    const ObligationRules rules;
    ObligationFacts facts = firstApproval(QDate(2015, 4, 1));
    facts.currentApprovalStart = QDate(2020, 4, 1);
    facts.currentApprovalEnd = QDate(2025, 3, 31);
    facts.currentIsRenewal = true;
    const auto list = rules.obligations(facts, QDate(2021, 1, 1));
    CHECK(find(list, ObligationKind::InitialFirstPart).status == ObligationStatus::Done);
    CHECK(find(list, ObligationKind::InitialSecondPart).status == ObligationStatus::Done);
    CHECK(rules.trainingState(facts).initialTrainingComplete);
}

TEST_CASE("The renewal term follows EP1 and EP3 passed and the initial training")
{
    const ObligationRules rules;
    const ApprovalRules approvals;
    auto facts = firstApproval(QDate(2021, 9, 1));
    addHours(facts, QDate(2021, 8, 1), 80, TrainingHoursCategory::InitialFirstPart);
    addHours(facts, QDate(2023, 5, 1), 40, TrainingHoursCategory::InitialSecondPart);
    addResult(facts, QualificationKind::CapEp1, QualificationResult::Passed, QDate(2022, 6, 10));
    addResult(facts, QualificationKind::CapEp3, QualificationResult::Failed, QDate(2022, 6, 11));
    TrainingState state = rules.trainingState(facts);
    CHECK(state.initialTrainingComplete);
    CHECK(state.ep1Passed);
    CHECK_FALSE(state.ep3Passed);
    CHECK(approvals.termYears(true, state) == 5);
    // EP3 sat: the renewal file is fine, the detail says passing would give 10 years.
    const auto ep3 = find(rules.obligations(facts, QDate(2026, 1, 5)), ObligationKind::CapEp3);
    CHECK(ep3.status == ObligationStatus::Done);
    CHECK(ep3.detail.contains(QStringLiteral("10")));

    addResult(facts, QualificationKind::CapEp3, QualificationResult::Passed, QDate(2023, 6, 12));
    state = rules.trainingState(facts);
    CHECK(state.ep3Passed);
    CHECK(approvals.termYears(true, state) == 10);
    CHECK(approvals.validityEnd(QDate(2026, 9, 1), true, state) == QDate(2036, 8, 31));

    // Without the second part of the training, 5 years again.
    facts.hours.removeLast();
    CHECK(approvals.termYears(true, rules.trainingState(facts)) == 5);

    // The whole diploma covers both tests.
    ObligationFacts diploma = firstApproval(QDate(2021, 9, 1));
    addResult(diploma, QualificationKind::CapAepe, QualificationResult::Passed, QDate(2020, 7, 1));
    CHECK(rules.trainingState(diploma).ep1Passed);
    CHECK(rules.trainingState(diploma).ep3Passed);
}

TEST_CASE("EP1 and EP3 not sat are due by the renewal file date")
{
    const ObligationRules rules;
    const auto facts = firstApproval(QDate(2022, 3, 1)); // ends 28/02/2027, file due 28/11/2026
    const auto early = find(rules.obligations(facts, QDate(2026, 8, 27)), ObligationKind::CapEp1);
    CHECK(early.deadline == QDate(2026, 11, 28));
    CHECK(early.status == ObligationStatus::Upcoming);
    CHECK(find(rules.obligations(facts, QDate(2026, 8, 28)), ObligationKind::CapEp3).status ==
          ObligationStatus::DueSoon);
    CHECK(find(rules.obligations(facts, QDate(2026, 11, 29)), ObligationKind::CapEp3).status ==
          ObligationStatus::Overdue);
}

TEST_CASE("The professional review is due every 2 years from the agrément or the last review")
{
    const ObligationRules rules;
    auto facts = firstApproval(QDate(2022, 1, 10));
    CHECK(find(rules.obligations(facts, QDate(2023, 1, 1)), ObligationKind::ProfessionalReview).deadline ==
          QDate(2024, 1, 9));
    addEvent(facts, QDate(2023, 5, 2), CareerEventKind::ProfessionalReview);
    const auto review = find(rules.obligations(facts, QDate(2025, 3, 1)), ObligationKind::ProfessionalReview);
    CHECK(review.deadline == QDate(2025, 5, 1));
    CHECK(review.status == ObligationStatus::DueSoon);
    CHECK(review.detail.contains(QStringLiteral("02/05/2023")));
    // A review recorded ahead of today does not count yet.
    addEvent(facts, QDate(2025, 4, 1), CareerEventKind::ProfessionalReview);
    CHECK(find(rules.obligations(facts, QDate(2025, 3, 1)), ObligationKind::ProfessionalReview).deadline ==
          QDate(2025, 5, 1));
    CHECK(find(rules.obligations(facts, QDate(2025, 4, 2)), ObligationKind::ProfessionalReview).deadline ==
          QDate(2027, 3, 31));
}

TEST_CASE("Continuing hours are counted by calendar year against the 58 h right and never overdue")
{
    const ObligationRules rules;
    auto facts = firstApproval(QDate(2020, 1, 6));
    addHours(facts, QDate(2025, 12, 31), 21, TrainingHoursCategory::Continuing);
    addHours(facts, QDate(2026, 1, 1), 14, TrainingHoursCategory::Continuing);
    addHours(facts, QDate(2026, 10, 3), 7.5, TrainingHoursCategory::Continuing);
    const auto c = find(rules.obligations(facts, QDate(2026, 12, 31)), ObligationKind::ContinuingHours);
    CHECK(c.hoursDone == 21.5);
    CHECK(c.hoursRequired == 58);
    CHECK(c.status == ObligationStatus::Upcoming);
    addHours(facts, QDate(2026, 11, 3), 36.5, TrainingHoursCategory::Continuing);
    CHECK(find(rules.obligations(facts, QDate(2026, 12, 31)), ObligationKind::ContinuingHours).status ==
          ObligationStatus::Done);
}

TEST_CASE("VAE steps come in order and eligibility states the experience needed")
{
    const ObligationRules rules;
    auto facts = firstApproval(QDate(2020, 1, 6));
    auto list = rules.obligations(facts, QDate(2026, 1, 1));
    const auto none = find(list, ObligationKind::VaeEligibility);
    CHECK(none.status == ObligationStatus::NotApplicable);
    CHECK(none.detail.contains(QStringLiteral("1607")));

    addEvent(facts, QDate(2025, 3, 1), CareerEventKind::VaeStep, vae_step::eligibility);
    list = rules.obligations(facts, QDate(2026, 1, 1));
    CHECK(find(list, ObligationKind::VaeEligibility).status == ObligationStatus::Done);
    CHECK(find(list, ObligationKind::VaeBooklet2).status == ObligationStatus::Upcoming);
    CHECK(find(list, ObligationKind::VaeJury).status == ObligationStatus::Upcoming);

    ObligationFacts skipped = firstApproval(QDate(2020, 1, 6));
    addEvent(skipped, QDate(2025, 3, 1), CareerEventKind::VaeStep, vae_step::jury);
    list = rules.obligations(skipped, QDate(2026, 1, 1));
    CHECK(find(list, ObligationKind::VaeJury).status == ObligationStatus::Done);
    CHECK(find(list, ObligationKind::VaeJury).detail.contains(QStringLiteral("missing")));
}

TEST_CASE("The renewal checklist says what is missing, item by item")
{
    const ObligationRules rules;
    const QDate today(2026, 11, 16);
    auto facts = firstApproval(QDate(2022, 3, 1));
    auto list = rules.checklist(facts, today);
    REQUIRE(list.items.size() == 5);
    CHECK(list.fileDue == QDate(2026, 11, 28));
    CHECK(list.missingCount() == 5);
    CHECK(list.items[0].missing.contains(QStringLiteral("80 h of the first part (80 h)")));
    CHECK(list.items[0].missing.contains(QStringLiteral("40 h of the second part")));
    CHECK(list.items[3].missing.contains(QStringLiteral("EP1 and EP3")));

    addHours(facts, QDate(2022, 2, 1), 80, TrainingHoursCategory::InitialFirstPart);
    addHours(facts, QDate(2024, 2, 1), 40, TrainingHoursCategory::InitialSecondPart);
    addEvent(facts, QDate(2022, 5, 2), CareerEventKind::FirstChild);
    addHours(facts, QDate(2021, 6, 1), 7,
             TrainingHoursCategory::Continuing); // before the agrément: does not count
    addResult(facts, QualificationKind::CapEp1, QualificationResult::Failed, QDate(2023, 6, 1));
    addEvent(facts, QDate(2025, 11, 16), CareerEventKind::MonEnfantDeclaration); // 12 months ago to the day
    list = rules.checklist(facts, today);
    CHECK(list.items[0].done);
    CHECK(list.items[1].done);
    CHECK_FALSE(list.items[2].done);
    CHECK_FALSE(list.items[3].done);
    CHECK(list.items[3].missing.contains(QStringLiteral("EP3")));
    CHECK_FALSE(list.items[3].missing.contains(QStringLiteral("EP1")));
    CHECK_FALSE(list.items[4].done);
    CHECK(list.items[4].missing.contains(QStringLiteral("16/11/2025")));

    addHours(facts, QDate(2024, 9, 1), 7, TrainingHoursCategory::Continuing);
    addResult(facts, QualificationKind::CapEp3, QualificationResult::Sat, QDate(2026, 6, 1));
    addEvent(facts, QDate(2026, 5, 20), CareerEventKind::MonEnfantDeclaration);
    list = rules.checklist(facts, today);
    CHECK(list.complete());
    CHECK(list.missingCount() == 0);
}
