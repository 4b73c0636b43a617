#include "ApprovalEvent.h"

#include "KeyedEnum.h"

#include <QCoreApplication>

namespace parcours {

namespace {
constexpr KeyedValue<ApprovalEventKind> kKinds[] = {
    {ApprovalEventKind::FirstGrant, "first_grant", QT_TRANSLATE_NOOP("ApprovalEvent", "First grant")},
    {ApprovalEventKind::Renewal, "renewal", QT_TRANSLATE_NOOP("ApprovalEvent", "Renewal")},
    {ApprovalEventKind::Modification, "modification", QT_TRANSLATE_NOOP("ApprovalEvent", "Modification")},
    {ApprovalEventKind::Suspension, "suspension", QT_TRANSLATE_NOOP("ApprovalEvent", "Suspension")},
    {ApprovalEventKind::Withdrawal, "withdrawal", QT_TRANSLATE_NOOP("ApprovalEvent", "Withdrawal")},
    {ApprovalEventKind::End, "end", QT_TRANSLATE_NOOP("ApprovalEvent", "End")},
};
} // namespace

QString eventKindKey(ApprovalEventKind kind)
{
    return enumKey(kKinds, kind);
}
std::optional<ApprovalEventKind> eventKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}
QString eventKindLabel(ApprovalEventKind kind)
{
    return enumLabel(kKinds, "ApprovalEvent", kind);
}

} // namespace parcours
