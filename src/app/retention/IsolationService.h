#pragma once

#include "IsolationRules.h"

#include <QList>

namespace parcours {

class AppContext;

// The isolation watch: working childminders with no collective activity, no
// RPE participation and no completed exchange for RuleSettings::isolationMonths,
// counted per RPE and listed for one RPE (relayId 0: people with no RPE).
class IsolationService
{
  public:
    explicit IsolationService(AppContext& context) : m_context(context) {}

    // The first day of the window that still counts (today - isolationMonths).
    QDate windowStart() const;
    QList<RelayIsolationRow> byRelay() const;
    QList<IsolatedPersonRow> isolated(qint64 relayId, int offset = 0, int limit = 100) const;
    int count(qint64 relayId) const;
    int countAll() const;

  private:
    AppContext& m_context;
};

} // namespace parcours
