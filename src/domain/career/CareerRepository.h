#pragma once

namespace parcours {

// Qualifications, career events and immersions of childminders.
class CareerRepository
{
  public:
    virtual ~CareerRepository() = default;
};

} // namespace parcours
