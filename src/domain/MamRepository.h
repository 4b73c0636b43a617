#pragma once

#include "Mam.h"

#include <QList>
#include <optional>

namespace parcours {

class MamRepository
{
  public:
    virtual ~MamRepository() = default;
    virtual QList<Mam> all() const = 0;
    virtual std::optional<Mam> find(qint64 id) const = 0;
    // Inserts or updates the MAM and its member list.
    virtual void save(Mam& mam) = 0;
};

} // namespace parcours
