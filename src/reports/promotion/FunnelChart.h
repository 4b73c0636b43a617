#pragma once

#include "FunnelReport.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace parcours {

// The prospect funnel as horizontal bars, first stage at the top, in the style
// of the survey charts (same fonts, colours, renderChart() for images). The
// returned chart has no parent: the caller owns it.
//
// Overall: one bar per stage, labelled « Stage: reached (conversion from the
// previous stage) ». Per channel: the bars are stacked, one colour per channel
// of report.byChannel, with a legend.
QChart* buildFunnelChart(const FunnelReport& report, bool perChannel = false);

// « 12 (45 %) »: the reached count and the conversion from the previous stage
// (the first stage shows the count alone). Shared with the GUI table.
QString funnelFigure(const FunnelStageRow& row, bool first);
// « 45 % » with the language's spacing; « – » when there is nothing to divide.
QString funnelPercent(double rate, bool defined = true);

} // namespace parcours
