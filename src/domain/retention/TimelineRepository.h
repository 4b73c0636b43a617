#pragma once

namespace parcours {

// One person's timeline, merged in SQL from every table that dates her career.
class TimelineRepository
{
  public:
    virtual ~TimelineRepository() = default;
};

} // namespace parcours
