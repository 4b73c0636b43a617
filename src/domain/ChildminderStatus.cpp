#include "ChildminderStatus.h"

#include <QCoreApplication>

namespace parcours {

namespace {
struct StatusInfo
{
    ChildminderStatus status;
    const char* key;
    const char* label;
};

constexpr StatusInfo kStatuses[] = {
    {ChildminderStatus::Prospect, "prospect", QT_TRANSLATE_NOOP("ChildminderStatus", "Prospect")},
    {ChildminderStatus::ApprovalPending, "pending",
     QT_TRANSLATE_NOOP("ChildminderStatus", "Approval in progress")},
    {ChildminderStatus::Active, "active", QT_TRANSLATE_NOOP("ChildminderStatus", "Licensed, working")},
    {ChildminderStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("ChildminderStatus", "Suspended")},
    {ChildminderStatus::Stopped, "stopped", QT_TRANSLATE_NOOP("ChildminderStatus", "Stopped")},
    {ChildminderStatus::Retired, "retired", QT_TRANSLATE_NOOP("ChildminderStatus", "Retired")},
};
} // namespace

QString statusKey(ChildminderStatus status)
{
    for (const auto& info : kStatuses)
        if (info.status == status)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<ChildminderStatus> statusFromKey(const QString& key)
{
    for (const auto& info : kStatuses)
        if (key == QLatin1String(info.key))
            return info.status;
    return std::nullopt;
}

QString statusLabel(ChildminderStatus status)
{
    for (const auto& info : kStatuses)
        if (info.status == status)
            return QCoreApplication::translate("ChildminderStatus", info.label);
    return {};
}

QList<ChildminderStatus> allStatuses()
{
    QList<ChildminderStatus> all;
    for (const auto& info : kStatuses)
        all.append(info.status);
    return all;
}

} // namespace parcours
