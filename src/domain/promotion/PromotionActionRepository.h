#pragma once

#include "PromotionAction.h"

#include <optional>

namespace parcours {

// Promotion actions and the partners taking part.
class PromotionActionRepository
{
  public:
    virtual ~PromotionActionRepository() = default;
    // Inserts (id 0) or updates (version checked: ConcurrencyConflict); the
    // partners taking part are replaced by `action.partnerIds`.
    virtual void save(PromotionAction& action) = 0;
    virtual std::optional<PromotionAction> find(qint64 id) const = 0;
    // A page, most recent first, with the partner ids.
    virtual QList<PromotionAction> list(const PromotionActionQuery& query) const = 0;
    virtual int count(const PromotionActionQuery& query) const = 0;
    virtual void remove(qint64 id) = 0;
    // How many prospects name the action.
    virtual int prospectCount(qint64 actionId) const = 0;
};

} // namespace parcours
