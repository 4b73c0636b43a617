#pragma once

namespace parcours {

// The partners directory and its contact people.
class PartnerRepository
{
  public:
    virtual ~PartnerRepository() = default;
};

} // namespace parcours
