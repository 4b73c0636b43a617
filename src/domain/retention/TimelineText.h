#pragma once

#include "TimelineEntry.h"

#include <QVariant>

namespace parcours {

// One row as the timeline query returns it: the date, the category, the kind
// key of the source row and up to four raw values whose meaning depends on the
// source (TimelineText.cpp). Turning it into words is kept out of the SQL so
// labels come from the translation and are tested without a database.
struct TimelineRawRow
{
    QDate date;
    QString category;
    QString kind;
    QVariant a;
    QVariant b;
    QVariant c;
    QVariant d;
    qint64 sourceId = 0;
};

TimelineEntry timelineEntryFromRaw(const TimelineRawRow& row);

} // namespace parcours
