#include "AlertService.h"

#include "AlertRules.h"
#include "AppContext.h"
#include "ApprovalRepository.h"
#include "ChildminderRepository.h"
#include "Clock.h"
#include "MamRepository.h"
#include "ObligationService.h"

#include <algorithm>

namespace parcours {

QList<Alert> AlertService::current(int withinMonths) const
{
    m_context.require(Permission::ReadRecords);
    AlertRules rules(m_context.rules());
    if (withinMonths >= 0)
        rules.setWithinMonths(withinMonths);
    const QDate today = m_context.clock().today();
    QList<Alert> alerts;
    const auto candidates =
        m_context.childminders().alertCandidates(today, rules.latestEndToWatch(today, rules.withinMonths()));
    for (const qint64 id : candidates) {
        const auto person = m_context.childminders().find(id);
        if (person)
            alerts += rules.alertsFor(*person, m_context.approvals().forChildminder(id), today);
    }
    for (const auto& mam : m_context.mams().all())
        alerts += rules.alertsFor(mam, today);
    // Undated alerts (no agrément on file) come first: they need a look now.
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        if (a.date.isValid() != b.date.isValid())
            return !a.date.isValid();
        return a.date < b.date;
    });
    return alerts;
}

QList<Alert> AlertService::currentWithTraining(int withinMonths) const
{
    m_context.require(Permission::ReadRecords);
    QList<Alert> alerts = current(withinMonths);
    // Training deadlines (issue 4) come from one paged SQL query over the
    // register, never one query per person.
    alerts += ObligationService(m_context).deadlineAlerts();
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert& a, const Alert& b) {
        if (a.date.isValid() != b.date.isValid())
            return !a.date.isValid();
        return a.date < b.date;
    });
    return alerts;
}

} // namespace parcours
