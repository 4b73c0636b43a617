#pragma once

#include "Alert.h"
#include "ApprovalRules.h"
#include "CareerRepository.h"
#include "Obligation.h"

#include <QCoreApplication>

namespace parcours {

class AppContext;

// Where a childminder stands on her training obligations today, what her
// renewal file lacks, and who in the register has a training deadline due.
class ObligationService
{
    Q_DECLARE_TR_FUNCTIONS(ObligationService)

  public:
    explicit ObligationService(AppContext& context) : m_context(context) {}

    QList<Obligation> obligations(qint64 personId) const;
    RenewalChecklist checklist(qint64 personId) const;
    // What her next renewal's term depends on (ApprovalService::renew).
    TrainingState trainingState(qint64 personId) const;

    // Deadlines falling within `withinMonths` from today (the setting
    // deadlineAlertMonths when < 0) or already past, most urgent first, one
    // row per person and deadline; paged and counted in SQL.
    QList<DueDeadlineRow> dueDeadlines(int withinMonths = -1, int offset = 0, int limit = 100) const;
    int countDueDeadlines(int withinMonths = -1) const;

    // Alerts for the deadlines due soon or overdue by less than a year (older
    // ones stay in dueDeadlines() but would drown the dashboard).
    QList<Alert> deadlineAlerts() const;
    // « Initial training before the first child: due by 31/05/2026. »
    static QString deadlineMessage(const DueDeadlineRow& row, QDate today);

  private:
    DueDeadlineQuery query(int withinMonths) const;
    AppContext& m_context;
};

} // namespace parcours
