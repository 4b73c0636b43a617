#pragma once

#include "TimelineEntry.h"

#include <QList>

namespace parcours {

// One person's timeline, merged in SQL from every table that dates her career.
class TimelineRepository
{
  public:
    virtual ~TimelineRepository() = default;
    // Newest first, at most query.limit lines.
    virtual QList<TimelineEntry> entries(const TimelineQuery& query) const = 0;
};

} // namespace parcours
