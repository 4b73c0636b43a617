#pragma once

namespace parcours {

// Promotion actions and the partners taking part.
class PromotionActionRepository
{
  public:
    virtual ~PromotionActionRepository() = default;
};

} // namespace parcours
