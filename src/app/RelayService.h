#pragma once

#include "FieldError.h"
#include "Relay.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <optional>

namespace parcours {

class AppContext;

// Use cases on the Relais Petite Enfance: list them, check and save one. The
// territory decides which relay a childminder belongs to, so two relays may
// not claim the same EPCI or commune.
class RelayService
{
    Q_DECLARE_TR_FUNCTIONS(RelayService)

  public:
    explicit RelayService(AppContext& context) : m_context(context) {}

    // Sorted by name; relays are few, listing them all is fine.
    QList<Relay> list() const;
    // The same order without territories and staff: for combo boxes and
    // names (one query, where list() reads three tables per relay).
    QList<Relay> summaries() const;
    std::optional<Relay> find(qint64 id) const;

    // Translated messages per field: name, territory, staff.
    FieldErrors validate(const Relay& relay) const;
    // Trims and normalises (staff phones), validates, then saves in one
    // transaction. Nothing is written when there are problems.
    // Throws ConcurrencyConflict when someone else saved the relay meanwhile.
    FieldErrors save(Relay& relay);

  private:
    // Every commune the relay's territory covers, EPCIs expanded.
    static QSet<QString> territoryCommunes(const Relay& relay);
    AppContext& m_context;
};

} // namespace parcours
