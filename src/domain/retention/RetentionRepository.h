#pragma once

namespace parcours {

// Collective activities, their attendance, MAM support actions and the isolation watch.
class RetentionRepository
{
  public:
    virtual ~RetentionRepository() = default;
};

} // namespace parcours
