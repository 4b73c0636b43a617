#pragma once

#include "FieldError.h"
#include "Mam.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace parcours {

class AppContext;

// Use cases on the Maisons d'Assistants Maternels: list them, check and save
// one with its members. Saving also keeps each member's own "MAM" field in
// step with the member list, so her file shows where she works.
class MamService
{
    Q_DECLARE_TR_FUNCTIONS(MamService)

  public:
    explicit MamService(AppContext& context) : m_context(context) {}

    QList<Mam> list() const; // sorted by name
    std::optional<Mam> find(qint64 id) const;

    // Translated messages per field: name, postalCode, commune, members.
    FieldErrors validate(const Mam& mam) const;
    // Trims, resolves the commune from the reference data, validates, then
    // saves the MAM and updates its members' files in one transaction.
    // Throws ConcurrencyConflict when someone else saved the MAM meanwhile.
    FieldErrors save(Mam& mam);

  private:
    AppContext& m_context;
};

} // namespace parcours
