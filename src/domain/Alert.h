#pragma once

#include <QDate>
#include <QString>

namespace parcours {

enum class AlertKind {
    ApprovalEndingSoon,
    RenewalFileDue,
    SuspensionTooLong,
    MamOverLimits,
    ExpiredWhileActive,
    TrainingDeadline, // a training obligation due soon or overdue (issue 4, ObligationService)
};

QString alertKindKey(AlertKind kind);

struct Alert
{
    AlertKind kind = AlertKind::ApprovalEndingSoon;
    qint64 childminderId = 0; // 0 for MAM alerts
    qint64 mamId = 0;
    QString subject; // the person's or the MAM's name, for display
    QDate date;      // the date the alert is about (end of validity, due date, ...)
    QString message; // French sentence for the user
};

} // namespace parcours
