#pragma once

#include "PmiColumn.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace parcours {

// What the matcher made of a header line. The wizard starts from `mapping`
// and shows the rest so the user can map what was not recognised.
struct PmiHeaderMatch
{
    QHash<int, PmiColumn> mapping; // column index -> what it holds
    QList<int> unknownColumns;     // non-blank headers no rule recognised
    QStringList unknownHeaders;    // their names (trimmed), in file order
    QList<int> duplicateColumns;   // recognised, but an earlier column holds the same thing
    QStringList duplicateHeaders;
};

// Recognises the column titles of PMI lists. Every PMI service, and every
// staff member re-typing a list, spells them differently ("N° d'agrément",
// "N°agrément", "Numéro agrément"), so titles are folded (case, accents,
// punctuation, spacing) and compared with known variants first, then with
// keyword rules that cover the spellings nobody listed.
class PmiHeaderMatcher
{
  public:
    static std::optional<PmiColumn> match(const QString& header);
    // Kinds a list often spreads over several columns, all kept by matchAll()
    // and never flagged: "Adresse 1" and "Adresse 2" (joined as address lines),
    // "Téléphone" and "Portable" (the first one filled in is used).
    static bool allowsSeveralColumns(PmiColumn column);
    // The first column of each kind wins; later ones are reported as
    // duplicates, except for the kinds allowsSeveralColumns() accepts.
    static PmiHeaderMatch matchAll(const QStringList& header);
    // Translated sentences on what makes a mapping unusable or ambiguous: no
    // surname column, no first-name column, two columns mapped to one kind.
    static QStringList mappingProblems(const QHash<int, PmiColumn>& mapping, const QStringList& header);
};

} // namespace parcours
