#pragma once

#include "Partner.h"

#include <optional>

namespace parcours {

// The partners directory and its contact people.
class PartnerRepository
{
  public:
    virtual ~PartnerRepository() = default;
    // Inserts (id 0) or updates (version checked: ConcurrencyConflict); the
    // contact people are replaced by `partner.contacts`.
    virtual void save(Partner& partner) = 0;
    virtual std::optional<Partner> find(qint64 id) const = 0;
    // A page by sort name, without the contact people.
    virtual QList<Partner> list(const PartnerQuery& query) const = 0;
    virtual int count(const PartnerQuery& query) const = 0;
    virtual void remove(qint64 id) = 0;
};

} // namespace parcours
