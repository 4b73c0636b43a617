#include "CollectiveActivity.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<ActivityKind> kKinds[] = {
    {ActivityKind::RpeWorkshop, "rpe_workshop",
     QT_TRANSLATE_NOOP("CollectiveActivity", "RPE early-learning workshop")},
    {ActivityKind::PooledTraining, "pooled_training",
     QT_TRANSLATE_NOOP("CollectiveActivity", "Pooled training")},
    {ActivityKind::PracticeSharing, "practice_sharing",
     QT_TRANSLATE_NOOP("CollectiveActivity", "Practice-sharing session")},
    {ActivityKind::ThematicEvening, "thematic_evening",
     QT_TRANSLATE_NOOP("CollectiveActivity", "Thematic evening")},
    {ActivityKind::Other, "other", QT_TRANSLATE_NOOP("CollectiveActivity", "Other")},
};
} // namespace

QString activityKindKey(ActivityKind kind)
{
    return enumKey(kKinds, kind);
}
std::optional<ActivityKind> activityKindFromKey(const QString& key)
{
    return enumFromKey(kKinds, key);
}
QString activityKindLabel(ActivityKind kind)
{
    return enumLabel(kKinds, "CollectiveActivity", kind);
}
QList<ActivityKind> allActivityKinds()
{
    return enumValues(kKinds);
}

} // namespace parcours
