#include "ApprovalEvent.h"

#include <QCoreApplication>

namespace parcours {

namespace {
struct KindInfo
{
    ApprovalEventKind kind;
    const char* key;
    const char* label;
};
constexpr KindInfo kKinds[] = {
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
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<ApprovalEventKind> eventKindFromKey(const QString& key)
{
    for (const auto& k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString eventKindLabel(ApprovalEventKind kind)
{
    for (const auto& k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("ApprovalEvent", k.label);
    return {};
}

} // namespace parcours
