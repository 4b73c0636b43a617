#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace parcours {

// Where a timeline line comes from (stable keys in TimelineEntry.cpp).
enum class TimelineCategory { Approval, Training, Contact, Survey, Career, Activity, Immersion, Prospect };

QString timelineCategoryKey(TimelineCategory category);
std::optional<TimelineCategory> timelineCategoryFromKey(const QString& key);
QString timelineCategoryLabel(TimelineCategory category);
QList<TimelineCategory> allTimelineCategories();

// One dated line of a childminder's timeline, ready to show (title and
// detail are already in the user's language).
struct TimelineEntry
{
    QDate date;
    TimelineCategory category = TimelineCategory::Approval;
    QString title;
    QString detail;
    qint64 sourceId = 0; // id of the row in the table the category names
};

// Which lines to read: an empty category list means all of them.
struct TimelineQuery
{
    qint64 childminderId = 0;
    QList<TimelineCategory> categories;
    int limit = 500;
};

} // namespace parcours
