#include "ObligationService.h"

#include "AppContext.h"
#include "Clock.h"
#include "ObligationRules.h"

namespace parcours {

QList<Obligation> ObligationService::obligations(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return ObligationRules(m_context.rules())
        .obligations(m_context.careers().obligationFacts(personId), m_context.clock().today());
}

RenewalChecklist ObligationService::checklist(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return ObligationRules(m_context.rules())
        .checklist(m_context.careers().obligationFacts(personId), m_context.clock().today());
}

TrainingState ObligationService::trainingState(qint64 personId) const
{
    m_context.require(Permission::ReadRecords);
    return ObligationRules(m_context.rules()).trainingState(m_context.careers().obligationFacts(personId));
}

DueDeadlineQuery ObligationService::query(int withinMonths) const
{
    DueDeadlineQuery q;
    q.rules = m_context.rules();
    q.today = m_context.clock().today();
    q.dueBy = q.today.addMonths(withinMonths < 0 ? q.rules.deadlineAlertMonths : withinMonths);
    return q;
}

QList<DueDeadlineRow> ObligationService::dueDeadlines(int withinMonths, int offset, int limit) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.careers().dueDeadlines(query(withinMonths), offset, limit);
}

int ObligationService::countDueDeadlines(int withinMonths) const
{
    m_context.require(Permission::ReadRecords);
    return m_context.careers().countDueDeadlines(query(withinMonths));
}

QString ObligationService::deadlineMessage(const DueDeadlineRow& row, QDate today)
{
    const QString date = row.deadline.toString(QStringLiteral("dd/MM/yyyy"));
    return row.deadline < today ? tr("%1: overdue since %2.").arg(obligationKindLabel(row.kind), date)
                                : tr("%1: due by %2.").arg(obligationKindLabel(row.kind), date);
}

QList<Alert> ObligationService::deadlineAlerts() const
{
    m_context.require(Permission::ReadRecords);
    DueDeadlineQuery q = query(-1);
    q.overdueSince = q.today.addMonths(-12);
    QList<Alert> alerts;
    const int page = 2000;
    for (int offset = 0;; offset += page) {
        const auto rows = m_context.careers().dueDeadlines(q, offset, page);
        for (const auto& row : rows)
            alerts.append(Alert{AlertKind::TrainingDeadline, row.childminderId, 0, row.name, row.deadline,
                                deadlineMessage(row, q.today)});
        if (rows.size() < page)
            break;
    }
    return alerts;
}

} // namespace parcours
