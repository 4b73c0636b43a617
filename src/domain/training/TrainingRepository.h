#pragma once

namespace parcours {

// Training catalogue: courses, sessions and enrolments.
class TrainingRepository
{
  public:
    virtual ~TrainingRepository() = default;
};

} // namespace parcours
