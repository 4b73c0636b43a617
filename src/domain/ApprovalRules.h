#pragma once

#include "RuleSettings.h"

#include <QDate>
#include <QStringList>

namespace parcours {

struct TrainingState
{
    bool initialTrainingComplete = false;
    bool ep1Passed = false;
    bool ep3Passed = false;
};

// Validity and capacity of an agrément (CASF L421-4, D421-19..21).
class ApprovalRules
{
  public:
    explicit ApprovalRules(RuleSettings settings = {}) : m_settings(std::move(settings)) {}

    // Years the agrément runs for: 5 for a first grant; at renewal 10 when the
    // initial training is complete and EP1 + EP3 are passed, else 5.
    int termYears(bool isRenewal, const TrainingState& training) const;
    // Last day of validity (the day before the anniversary).
    QDate validityEnd(QDate start, bool isRenewal, const TrainingState& training) const;

    int maxPlaces(bool temporaryException) const;
    // French reasons why these places break the law; empty when they are fine.
    QStringList capacityProblems(int places, int placesUnder3, bool temporaryException) const;

    const RuleSettings& settings() const { return m_settings; }

  private:
    RuleSettings m_settings;
};

} // namespace parcours
