#include "MamSupportAction.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<SupportKind> kKinds[] = {
    {SupportKind::Procedure, "procedure", QT_TRANSLATE_NOOP("MamSupportAction", "Procedure")},
    {SupportKind::Protocol, "protocol",
     QT_TRANSLATE_NOOP("MamSupportAction", "Protocol (safety, emergency...)")},
    {SupportKind::Project, "project", QT_TRANSLATE_NOOP("MamSupportAction", "Childcare project")},
    {SupportKind::Rules, "rules", QT_TRANSLATE_NOOP("MamSupportAction", "House rules")},
    {SupportKind::Other, "other", QT_TRANSLATE_NOOP("MamSupportAction", "Other")},
};

constexpr KeyedValue<SupportStatus> kStatuses[] = {
    {SupportStatus::ToDo, "to_do", QT_TRANSLATE_NOOP("MamSupportAction", "To do")},
    {SupportStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("MamSupportAction", "In progress")},
    {SupportStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("MamSupportAction", "Submitted")},
    {SupportStatus::Done, "done", QT_TRANSLATE_NOOP("MamSupportAction", "Done")},
};
} // namespace

QString supportKindKey(SupportKind kind)
{
    return enumKey(kKinds, kind);
}
std::optional<SupportKind> supportKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}
QString supportKindLabel(SupportKind kind)
{
    return enumLabel(kKinds, "MamSupportAction", kind);
}
QList<SupportKind> allSupportKinds()
{
    return enumValues(kKinds);
}

QString supportStatusKey(SupportStatus status)
{
    return enumKey(kStatuses, status);
}
std::optional<SupportStatus> supportStatusFromKey(const QString& key)
{
    return enumFromKey(kStatuses, key);
}
QString supportStatusLabel(SupportStatus status)
{
    return enumLabel(kStatuses, "MamSupportAction", status);
}
QList<SupportStatus> allSupportStatuses()
{
    return enumValues(kStatuses);
}

} // namespace parcours
