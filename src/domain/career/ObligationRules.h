#pragma once

#include "ApprovalRules.h"
#include "Obligation.h"
#include "RuleSettings.h"

#include <QCoreApplication>

namespace parcours {

// Training and qualification obligations of one childminder on a given day,
// from plain facts and the settings (docs/domain.md, "Training"). Agréments
// granted before 1 January of trainingReformYear follow the former rule
// (legacy* settings). Storage computes the same deadlines in SQL to find who
// has one due (SqlCareerRepository::dueDeadlines); this class is the reference.
class ObligationRules
{
    Q_DECLARE_TR_FUNCTIONS(ObligationRules)

  public:
    explicit ObligationRules(RuleSettings settings = {}) : m_settings(std::move(settings)) {}

    QList<Obligation> obligations(const ObligationFacts& facts, QDate today) const;
    RenewalChecklist checklist(const ObligationFacts& facts, QDate today) const;
    // What the renewal term depends on (ApprovalRules::termYears).
    TrainingState trainingState(const ObligationFacts& facts) const;

    bool followsLegacyRule(QDate firstApprovalStart) const;
    double firstPartRequired(QDate firstApprovalStart) const;
    double secondPartRequired(QDate firstApprovalStart) const;
    // Last day to complete each part: the day before the anniversary, like
    // the agrément's own validity.
    QDate firstPartDeadline(QDate firstApprovalStart) const;
    QDate secondPartDeadline(QDate firstApprovalStart) const;
    QDate reviewDeadline(const ObligationFacts& facts, QDate today) const;
    QDate renewalFileDue(QDate approvalEnd) const;
    ObligationStatus statusFor(QDate deadline, QDate today) const;
    // Hours of a category dated in [from, to] (null bounds are open).
    static double hours(const ObligationFacts& facts, TrainingHoursCategory category, QDate from = {},
                        QDate to = {});

    const RuleSettings& settings() const { return m_settings; }

  private:
    // The first agrément was renewed since: the PMI then checked her initial
    // training, so it counts as complete even when no hours are on file.
    static bool renewedSince(const ObligationFacts& facts);
    Obligation initialPart(const ObligationFacts& facts, QDate today, bool first) const;
    Obligation continuing(const ObligationFacts& facts, QDate today) const;
    Obligation review(const ObligationFacts& facts, QDate today) const;
    Obligation capTest(const ObligationFacts& facts, QDate today, QualificationKind test) const;
    QList<Obligation> vae(const ObligationFacts& facts) const;

    RuleSettings m_settings;
};

} // namespace parcours
