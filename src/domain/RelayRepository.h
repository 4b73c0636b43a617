#pragma once

#include "Relay.h"

#include <QList>
#include <optional>

namespace parcours {

class RelayRepository
{
  public:
    virtual ~RelayRepository() = default;
    // Relays are few (a few thousand nationally): listing them all is fine.
    virtual QList<Relay> all() const = 0;
    // Every relay without its territory and staff (id, name, managing body,
    // version), by name: what lists and combo boxes need, in one query.
    virtual QList<Relay> summaries() const { return all(); }
    virtual std::optional<Relay> find(qint64 id) const = 0;
    virtual void save(Relay& relay) = 0;
    // The relay whose territory holds this commune (directly or through its EPCI).
    virtual std::optional<qint64> relayForCommune(const QString& inseeCode,
                                                  const QString& epciCode) const = 0;
};

} // namespace parcours
