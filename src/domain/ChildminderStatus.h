#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace parcours {

enum class ChildminderStatus {
    Prospect,
    ApprovalPending,
    Active,
    Suspended,
    Stopped,
    Retired,
};

// Stable keys stored in the database and used in CSV/JSON; labels are French
// through the translation (source strings are English).
QString statusKey(ChildminderStatus status);
std::optional<ChildminderStatus> statusFromKey(const QString& key);
QString statusLabel(ChildminderStatus status);
QList<ChildminderStatus> allStatuses();

} // namespace parcours
