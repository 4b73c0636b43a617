#pragma once

#include "SurveySummary.h"

#include <QByteArray>

namespace parcours {

// The survey summary as JSON (CLI, exports). Keys are English camelCase and
// stable. With summary.suppressSmallCells, a figure about 1 to 4 people is
// the string "< 5" exactly as displayCount()/displayPercent() show it in the
// PDF and on screen (so every output agrees); other counts are plain numbers.
// Rates are the displayPercent() strings ("42 %", "–" for no base); means,
// minimum and maximum have one decimal, as in the PDF, and are "< 5" when 1 to
// 4 people answered.
QByteArray surveySummaryToJson(const SurveySummary& summary);

} // namespace parcours
