#pragma once

#include "Commune.h"

#include <QHash>
#include <QList>
#include <optional>

class QIODevice;

namespace parcours {

// Communes, postal codes and EPCIs of France, from the reference resource made
// by tools/make-refdata.py out of @etalab/decoupage-administratif (MIT).
// Former communes merged into a new one are kept as aliases of their successor,
// because PMI lists often still carry the old name.
class CommuneDirectory
{
  public:
    // The directory compiled into the application (":/refdata/...").
    static const CommuneDirectory& builtin();
    bool load(QIODevice& communes, QIODevice& epcis);

    std::optional<Commune> byCode(const QString& code) const;
    QList<Commune> byPostalCode(const QString& postalCode) const;
    // The commune of that name (accents, case, hyphens ignored), preferring the
    // ones served by the postal code when it is given.
    std::optional<Commune> find(const QString& postalCode, const QString& name) const;
    bool postalCodeServes(const QString& postalCode, const QString& communeCode) const;

    QList<Commune> inDepartement(const QString& departement) const;
    QList<Epci> epcisOfDepartement(const QString& departement) const;
    std::optional<Epci> epci(const QString& code) const;
    QList<Commune> membersOf(const QString& epciCode) const;
    QStringList departements() const;
    int size() const { return int(m_communes.size()); }

  private:
    QList<Commune> m_communes;
    QHash<QString, int> m_byCode;
    QMultiHash<QString, int> m_byPostalCode;
    QMultiHash<QString, int> m_byFoldedName; // includes former names
    QHash<QString, Epci> m_epcis;
};

} // namespace parcours
