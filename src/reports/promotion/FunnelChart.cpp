#include "FunnelChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

namespace parcours {

namespace {
// Same palette and fonts as SurveyCharts, so the dashboard reads as one.
const QColor kBarColor(0x2f, 0x6d, 0xa8);
const QList<QColor> kChannelColors = {
    QColor(0x2f, 0x6d, 0xa8), QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x22), QColor(0xf1, 0xc4, 0x0f),
    QColor(0x27, 0xae, 0x60), QColor(0x8e, 0x44, 0xad), QColor(0x16, 0xa0, 0x85), QColor(0x7f, 0x8c, 0x8d),
    QColor(0xd3, 0x54, 0x00), QColor(0x2c, 0x3e, 0x50), QColor(0xbd, 0xc3, 0xc7)};

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                   ? QStringLiteral("DejaVu Sans")
                   : QFont().family(),
               pointSize);
    font.setBold(bold);
    return font;
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
} // namespace

QString funnelPercent(double rate, bool defined)
{
    if (!defined)
        return QStringLiteral("–");
    // A non-breaking space before %, as in the survey summary.
    return QString::number(qRound(rate * 100)) + QStringLiteral("\u00a0%");
}

QString funnelFigure(const FunnelStageRow& row, bool first)
{
    if (first)
        return QString::number(row.reached);
    return QCoreApplication::translate("FunnelChart", "%1 (%2)")
        .arg(row.reached)
        .arg(funnelPercent(row.conversion));
}

QChart* buildFunnelChart(const FunnelReport& report, bool perChannel)
{
    auto* chart = newChart();
    const FunnelSeries& overall = report.overall;
    // Horizontal bars are laid out bottom-up: categories go in reversed.
    QStringList categories;
    for (qsizetype i = overall.stages.size() - 1; i >= 0; --i) {
        const FunnelStageRow& row = overall.stages.at(i);
        // Axis labels are rich text: « < » and « & » must be escaped.
        categories.append(QCoreApplication::translate("FunnelChart", "%1: %2")
                              .arg(prospectStageLabel(row.stage), funnelFigure(row, i == 0))
                              .toHtmlEscaped());
    }
    QAbstractBarSeries* series = nullptr;
    if (perChannel && !report.byChannel.isEmpty()) {
        auto* stacked = new QHorizontalStackedBarSeries;
        for (int c = 0; c < report.byChannel.size(); ++c) {
            const FunnelSeries& s = report.byChannel.at(c);
            auto* set = new QBarSet(s.channel ? prospectChannelLabel(*s.channel) : QString());
            const QColor color = kChannelColors.at(c % kChannelColors.size());
            set->setColor(color);
            set->setBorderColor(color);
            for (qsizetype i = s.stages.size() - 1; i >= 0; --i)
                set->append(s.stages.at(i).reached);
            stacked->append(set);
        }
        series = stacked;
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
    } else {
        auto* bars = new QHorizontalBarSeries;
        auto* set = new QBarSet(QCoreApplication::translate("FunnelChart", "Prospects"));
        set->setColor(kBarColor);
        set->setBorderColor(kBarColor);
        for (qsizetype i = overall.stages.size() - 1; i >= 0; --i)
            set->append(overall.stages.at(i).reached);
        bars->append(set);
        series = bars;
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(chartFont(8));
    axisY->setGridLineVisible(false);
    auto* axisX = new QValueAxis;
    const int maximum = overall.stages.isEmpty() ? 0 : overall.stages.first().reached;
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
    chart->setTitleFont(chartFont(10, true));
    return chart;
}

} // namespace parcours
