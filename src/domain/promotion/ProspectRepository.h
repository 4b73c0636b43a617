#pragma once

namespace parcours {

// Prospects and the stages they reached.
class ProspectRepository
{
  public:
    virtual ~ProspectRepository() = default;
};

} // namespace parcours
