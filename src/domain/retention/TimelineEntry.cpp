#include "TimelineEntry.h"

#include "KeyedEnum.h"

namespace parcours {

namespace {
constexpr KeyedValue<TimelineCategory> kCategories[] = {
    {TimelineCategory::Approval, "approval", QT_TRANSLATE_NOOP("TimelineEntry", "Agrément")},
    {TimelineCategory::Training, "training", QT_TRANSLATE_NOOP("TimelineEntry", "Training")},
    {TimelineCategory::Contact, "contact", QT_TRANSLATE_NOOP("TimelineEntry", "Exchange")},
    {TimelineCategory::Survey, "survey", QT_TRANSLATE_NOOP("TimelineEntry", "Survey")},
    {TimelineCategory::Career, "career", QT_TRANSLATE_NOOP("TimelineEntry", "Career")},
    {TimelineCategory::Activity, "activity", QT_TRANSLATE_NOOP("TimelineEntry", "Collective activity")},
    {TimelineCategory::Immersion, "immersion", QT_TRANSLATE_NOOP("TimelineEntry", "Immersion")},
    {TimelineCategory::Prospect, "prospect", QT_TRANSLATE_NOOP("TimelineEntry", "Before the agrément")},
};
} // namespace

QString timelineCategoryKey(TimelineCategory category)
{
    return enumKey(kCategories, category);
}
std::optional<TimelineCategory> timelineCategoryFromKey(const QString& key)
{
    return enumFromKey(kCategories, key);
}
QString timelineCategoryLabel(TimelineCategory category)
{
    return enumLabel(kCategories, "TimelineEntry", category);
}
QList<TimelineCategory> allTimelineCategories()
{
    return enumValues(kCategories);
}

} // namespace parcours
