#include "SurveyCharts.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

namespace parcours {

namespace {
// QtCharts gives the labels at most 40 % of the chart's width and elides the
// rest, figures included: the answer text is shortened first, so "35 (35 %)"
// always shows. Tables beside the chart give the full text.
constexpr int kLabelChars = 28;
const QColor kBarColor(0x2f, 0x6d, 0xa8);
const QList<QColor> kSeriesColors = {QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x22),
                                     QColor(0xf1, 0xc4, 0x0f)};

QFont chartFont(int pointSize, bool bold = false)
{
    // DejaVu ships with the application's dependencies; any sans serif will do
    // elsewhere, but never a family that does not exist (no text at all).
    QFont font(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                   ? QStringLiteral("DejaVu Sans")
                   : QFont().family(),
               pointSize);
    font.setBold(bold);
    return font;
}

// "Answer : 12 (30 %)": the colon's spacing is the language's business.
// Axis labels are rich text: escaped, « < 5 » would be taken for a tag.
QString labelled(const QString& label, const QString& figure)
{
    return QCoreApplication::translate("SurveyCharts", "%1: %2").arg(label, figure).toHtmlEscaped();
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->legend()->setVisible(false);
    chart->legend()->setFont(chartFont(9));
    return chart;
}

// Category labels must be unique on an axis: two equal labels (two options
// with the same text) would merge their bars. Invisible spaces tell them apart.
QString uniqueLabel(QString label, const QStringList& taken)
{
    while (taken.contains(label))
        label += QChar(0x200B);
    return label;
}

// Horizontal bars are laid out bottom-up: feed them reversed so the first
// answer reads at the top.
QChart* barChart(const QStringList& labels, const QList<int>& values, const QColor& color)
{
    auto* chart = newChart();
    auto* set = new QBarSet(QString());
    set->setColor(color);
    set->setBorderColor(color);
    auto* axisY = new QBarCategoryAxis;
    QStringList categories;
    int maximum = 0;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        set->append(values.value(i));
        categories.append(uniqueLabel(labels[i], categories));
        maximum = std::max(maximum, values.value(i));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    axisY->append(categories);
    axisY->setLabelsFont(chartFont(8));
    axisY->setGridLineVisible(false);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, std::max(maximum, 1) * 1.05);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setLabelsFont(chartFont(8));
    axisX->applyNiceNumbers();
    if (axisX->max() < 4) {
        // Below 4 the nice numbers give decimals: keep whole people.
        axisX->setRange(0, 4);
        axisX->setTickCount(5);
    }
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    return chart;
}
} // namespace

bool hasQuestionChart(const QuestionSummary& question)
{
    switch (question.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
    case QuestionType::YesNo:
    case QuestionType::Scale1To5:
        return !question.counts.isEmpty();
    default:
        return false;
    }
}

QChart* buildQuestionChart(const QuestionSummary& question, bool suppressSmallCells)
{
    if (!hasQuestionChart(question))
        return nullptr;
    QStringList labels;
    QList<int> values;
    for (const auto& c : question.counts) {
        const bool hidden = suppressSmallCells && isSmallCell(c.count);
        const QString figure = hidden ? displayCount(c.count, true)
                                      : QStringLiteral("%1 (%2)").arg(
                                            displayCount(c.count, suppressSmallCells),
                                            displayPercent(c.count, question.answered, suppressSmallCells));
        labels.append(labelled(elideChartLabel(c.label.isEmpty() ? c.code : c.label, kLabelChars), figure));
        values.append(hidden ? 0 : c.count);
    }
    return barChart(labels, values, kBarColor);
}

QChart* buildReachChart(const CampaignReach& reach, bool suppressSmallCells)
{
    const QList<QPair<QString, int>> steps = {
        {QCoreApplication::translate("SurveyCharts", "In scope"), reach.inScope},
        {QCoreApplication::translate("SurveyCharts", "Contacted"), reach.contacted},
        {QCoreApplication::translate("SurveyCharts", "Responded"), reach.responded},
        {QCoreApplication::translate("SurveyCharts", "Refused"), reach.refused},
        {QCoreApplication::translate("SurveyCharts", "Unreachable"), reach.unreachable},
    };
    QStringList labels;
    QList<int> values;
    for (const auto& [label, count] : steps) {
        labels.append(labelled(label, displayCount(count, suppressSmallCells)));
        values.append(suppressSmallCells && isSmallCell(count) ? 0 : count);
    }
    return barChart(labels, values, kBarColor);
}

QChart* buildPlacesAtRiskChart(const QList<PlacesAtRisk>& rows, bool suppressSmallCells)
{
    QList<PlacesAtRisk> relays;
    for (const auto& r : rows)
        if (r.relayId != 0)
            relays.append(r);
    if (relays.isEmpty())
        return nullptr;
    // A national campaign has thousands of RPEs: the chart shows those with the
    // most places at risk (the table beside it lists every one), in their order.
    if (relays.size() > kMaxPlacesAtRiskBars) {
        QList<PlacesAtRisk> ranked = relays;
        std::stable_sort(ranked.begin(), ranked.end(), [](const PlacesAtRisk& a, const PlacesAtRisk& b) {
            return a.placesWithin5 > b.placesWithin5;
        });
        ranked.resize(kMaxPlacesAtRiskBars);
        QList<PlacesAtRisk> kept;
        for (const auto& r : relays)
            for (const auto& top : ranked)
                if (top.relayId == r.relayId)
                    kept.append(r);
        relays = kept;
    }
    auto* chart = newChart();
    const QStringList names = {QCoreApplication::translate("SurveyCharts", "Within 1 year"),
                               QCoreApplication::translate("SurveyCharts", "Within 3 years"),
                               QCoreApplication::translate("SurveyCharts", "Within 5 years")};
    QList<QBarSet*> sets;
    for (int i = 0; i < 3; ++i) {
        auto* set = new QBarSet(names[i]);
        set->setColor(kSeriesColors[i]);
        set->setBorderColor(kSeriesColors[i]);
        sets.append(set);
    }
    // Places are hidden when the people behind them are few.
    auto shown = [&](int people, int places) {
        return suppressSmallCells && isSmallCell(people) ? 0 : places;
    };
    QStringList categories;
    int maximum = 0;
    for (qsizetype i = relays.size() - 1; i >= 0; --i) {
        const auto& r = relays[i];
        sets[0]->append(shown(r.peopleWithin1, r.placesWithin1));
        sets[1]->append(shown(r.peopleWithin3, r.placesWithin3));
        sets[2]->append(shown(r.peopleWithin5, r.placesWithin5));
        maximum = std::max({maximum, r.placesWithin1, r.placesWithin3, r.placesWithin5});
        categories.append(uniqueLabel(elideChartLabel(r.relayName, 30).toHtmlEscaped(), categories));
    }
    auto* series = new QHorizontalBarSeries;
    for (auto* set : sets)
        series->append(set);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(chartFont(9));
    axisY->setGridLineVisible(false);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, std::max(maximum, 4) * 1.05);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setLabelsFont(chartFont(8));
    axisX->setTitleText(QCoreApplication::translate("SurveyCharts", "Places"));
    axisX->setTitleFont(chartFont(8));
    axisX->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

int suggestedChartHeight(int bars)
{
    return 60 + 32 * std::max(bars, 1);
}

QImage renderChart(QChart* chart, QSize size, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    if (!chart)
        return image;
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    // The chart lays itself out on posted events; a scene never shown gets
    // none unless asked.
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    // Give the chart back to its owner, not to the scene that dies here.
    scene.removeItem(chart);
    return image;
}

QString elideChartLabel(const QString& text, int maxChars)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxChars)
        return simple;
    // Cut at the last space that fits, so no word is chopped in the middle.
    QString cut = simple.left(maxChars - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maxChars / 2)
        cut.truncate(space);
    while (!cut.isEmpty() && (cut.back().isSpace() || cut.back().isPunct()))
        cut.chop(1);
    return cut + QChar(0x2026);
}

} // namespace parcours
