#pragma once

#include "Immersion.h"
#include "RuleSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace parcours {

// PMSMP limits (settings): one immersion lasts at most immersionMaxMonths,
// may be renewed immersionMaxRenewals times, and one person spends at most
// immersionMaxMonthsPerHost months with one host in any 12 months.
class ImmersionRules
{
    Q_DECLARE_TR_FUNCTIONS(ImmersionRules)

  public:
    explicit ImmersionRules(RuleSettings settings = {}) : m_settings(std::move(settings)) {}

    // French reasons why `candidate` breaks the rules, given the person's
    // other immersions (`others` may contain `candidate` itself by id: it is
    // skipped). Empty when it is fine.
    QStringList problems(const Immersion& candidate, const QList<Immersion>& others) const;

    // Last day an immersion starting on `start` may run to.
    QDate latestEnd(QDate start) const;
    // Most days spent with the candidate's host in any 12-month window.
    int maxDaysWithHostIn12Months(const Immersion& candidate, const QList<Immersion>& others) const;

  private:
    RuleSettings m_settings;
};

} // namespace parcours
