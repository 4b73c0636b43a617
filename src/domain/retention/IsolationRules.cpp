#include "IsolationRules.h"

namespace parcours {

namespace {
// A date inside [start, today] breaks isolation; a planned (future) date does not.
bool within(QDate d, QDate start, QDate today)
{
    return d.isValid() && d >= start && d <= today;
}
} // namespace

bool IsolationRules::isIsolated(const IsolationFacts& facts, QDate today) const
{
    if (!facts.statusActive || !facts.approvalValid)
        return false;
    const QDate start = windowStart(today);
    return !within(facts.lastActivity, start, today) && !within(facts.lastRpeTraining, start, today) &&
           !within(facts.lastContact, start, today);
}

} // namespace parcours
