#pragma once

#include "Alert.h"

#include <QList>

namespace parcours {

class AppContext;

// The alerts of the register today: SQL narrows the candidates with the rules'
// thresholds, the domain rules decide. Sorted by date, most urgent first.
class AlertService
{
  public:
    explicit AlertService(AppContext& context) : m_context(context) {}
    // withinMonths < 0: the setting (default 6).
    QList<Alert> current(int withinMonths = -1) const;
    // The same plus the training deadlines due soon or overdue by less than a
    // year (ObligationService::deadlineAlerts), in the same order.
    QList<Alert> currentWithTraining(int withinMonths = -1) const;

  private:
    AppContext& m_context;
};

} // namespace parcours
