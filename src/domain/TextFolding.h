#pragma once

#include <QString>

namespace parcours {

// Folds text for matching people's headers and names the way a person reads
// them: case, accents, ligatures, punctuation and spacing do not count.
// "N° d'agrément" -> "n d agrement", "Bar-le-Duc" -> "bar le duc".
QString foldForMatching(const QString& text);

// Key used to sort names in SQL (SQLite has no French collation): folded,
// punctuation kept as single spaces so "Le Gall" sorts before "Legrand".
QString sortKey(const QString& surname, const QString& firstName);

} // namespace parcours
