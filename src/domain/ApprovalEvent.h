#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace parcours {

enum class ApprovalEventKind { FirstGrant, Renewal, Modification, Suspension, Withdrawal, End };

QString eventKindKey(ApprovalEventKind kind);
std::optional<ApprovalEventKind> eventKindFromKey(const QString& key);
QString eventKindLabel(ApprovalEventKind kind);

// One decision of the PMI service about an agrément. Suspensions carry their
// end (at most 4 months by default); modifications may carry the new place count.
struct ApprovalEvent
{
    qint64 id = 0;
    qint64 approvalId = 0;
    ApprovalEventKind kind = ApprovalEventKind::FirstGrant;
    QDate date;
    QDate endDate;  // suspension end; null otherwise
    int places = 0; // modification: new number of places (0 = unchanged)
    QString details;
};

} // namespace parcours
