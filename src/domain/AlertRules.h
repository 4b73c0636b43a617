#pragma once

#include "Alert.h"
#include "Approval.h"
#include "Childminder.h"
#include "Mam.h"
#include "RuleSettings.h"

#include <QList>

namespace parcours {

// Turns the settings into alerts for one person or one MAM on a given day.
// Storage narrows the candidates in SQL with the same thresholds (see
// earliestRelevantEnd()), so the whole register is never loaded.
class AlertRules
{
  public:
    explicit AlertRules(RuleSettings settings = {}) : m_settings(std::move(settings)) {}

    QList<Alert> alertsFor(const Childminder& person, const QList<Approval>& approvals, QDate today) const;
    QList<Alert> alertsFor(const Mam& mam, QDate today) const;

    // An approval ending after this day raises no end-related alert today.
    QDate latestEndToWatch(QDate today, int withinMonths) const;
    int withinMonths() const { return m_settings.alertEndingWithinMonths; }
    void setWithinMonths(int months) { m_settings.alertEndingWithinMonths = months; }

  private:
    RuleSettings m_settings;
};

} // namespace parcours
