#pragma once

#include "DisplayCondition.h"

#include <QString>
#include <optional>

namespace parcours {

// LimeSurvey's relevance equation: "1" or empty means always shown.
bool isAlwaysRelevant(const QString& equation);

// The equations a DisplayCondition can say: one question compared for
// equality with quoted values, possibly ORed and bracketed, e.g.
//   Q1 == "A1"      ((Q01.NAOK == "A2"))      Q1 == "A1" or Q1 == "A2"
// Anything else (and, !=, <, functions, several questions...) gives nothing.
std::optional<DisplayCondition> parseSimpleRelevance(const QString& equation);

} // namespace parcours
