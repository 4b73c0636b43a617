#include "ChildminderStatus.h"

#include "KeyedEnum.h"

#include <QCoreApplication>

namespace parcours {

namespace {
constexpr KeyedValue<ChildminderStatus> kStatuses[] = {
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
    return enumKey(kStatuses, status);
}
std::optional<ChildminderStatus> statusFromKey(const QString& key)
{
    return enumFromKey(kStatuses, key);
}
QString statusLabel(ChildminderStatus status)
{
    return enumLabel(kStatuses, "ChildminderStatus", status);
}
QList<ChildminderStatus> allStatuses()
{
    return enumValues(kStatuses);
}

} // namespace parcours
