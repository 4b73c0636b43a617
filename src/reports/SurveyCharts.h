#pragma once

#include "SurveySummary.h"

#include <QImage>
#include <QSize>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace parcours {

// The survey charts, built once for both outputs: the dashboard shows them in
// a QChartView, the summary PDF renders them to images. Every returned chart
// has no parent: the caller owns it (a QChartView takes it over). Figures go
// through displayCount/displayPercent, so « < 5 » appears wherever the
// summary hides small groups.

// True when the question has a chart: choice, yes/no and scale questions with
// at least one offered answer.
bool hasQuestionChart(const QuestionSummary& question);

// Horizontal bars, one per answer in the summary's order (already ranked for
// multiple choices), top to bottom; each label (shortened) ends with the
// count and the share of those who answered. A hidden count is drawn as an empty bar
// labelled « < 5 ». Null when the question has no chart.
QChart* buildQuestionChart(const QuestionSummary& question, bool suppressSmallCells);

// The campaign funnel: in scope, contacted, responded, refused, unreachable.
QChart* buildReachChart(const CampaignReach& reach, bool suppressSmallCells = true);

// At most this many RPEs in the places-at-risk chart: the most affected.
constexpr int kMaxPlacesAtRiskBars = 20;

// Places at risk per relay within 1, 3 and 5 years (the total line is left
// out: it would flatten the relays' bars). Null when there is no relay line.
QChart* buildPlacesAtRiskChart(const QList<PlacesAtRisk>& rows, bool suppressSmallCells = true);

// A height that fits `bars` horizontal bars without squeezing their labels.
int suggestedChartHeight(int bars);

// Draws the chart on a white image of size * dpr pixels. Goes through a
// QGraphicsScene: a QChartView that was never shown renders nothing.
QImage renderChart(QChart* chart, QSize size, qreal dpr);

// Shortens a long answer label to `maxChars` at a word boundary, with "…":
// the axis then never cuts off the figures that follow the label (QtCharts
// draws axis labels on one line). Tables next to the chart give the full text.
QString elideChartLabel(const QString& text, int maxChars = 40);

} // namespace parcours
