#include "FunnelChart.h"
#include "FunnelRules.h"
#include "SurveyCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <catch2/catch.hpp>
#include <memory>

using namespace parcours;

namespace {
FunnelReport sample()
{
    // 10 prospects: 6 only interested, 4 at the information meeting, 2 of whom went on to training.
    return FunnelRules::build({{ProspectChannel::JobForum, ProspectStage::Interested, false, 6},
                               {ProspectChannel::JobForum, ProspectStage::InfoMeeting, false, 2},
                               {ProspectChannel::WordOfMouth, ProspectStage::Training, false, 2}});
}

int nonWhitePixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++n;
    return n;
}
} // namespace

TEST_CASE("funnel chart has one bar per stage, first stage on top, with conversions", "[charts][promotion]")
{
    std::unique_ptr<QChart> chart(buildFunnelChart(sample()));
    REQUIRE(chart);
    auto* axis = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(axis);
    const QStringList labels = axis->categories();
    REQUIRE(labels.size() == 7);
    // Bottom-up: the first stage is the last category.
    CHECK(labels.last().endsWith(QStringLiteral(": 10")));
    CHECK(labels.at(5).endsWith(QStringLiteral(": 4 (40\u00a0%)")));
    CHECK(labels.at(3).endsWith(QStringLiteral(": 2 (100\u00a0%)")));
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    QBarSet* set = series->barSets().value(0);
    REQUIRE(set);
    CHECK(set->at(6) == 10);
    CHECK(set->at(5) == 4);
    CHECK(set->at(2) == 0); // application filed

    const QImage image = renderChart(chart.get(), QSize(600, 300), 1.0);
    CHECK(image.width() == 600);
    CHECK(nonWhitePixels(image) > 2000);
}

TEST_CASE("funnel chart per channel stacks one set per channel", "[charts][promotion]")
{
    std::unique_ptr<QChart> chart(buildFunnelChart(sample(), true));
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 2);
    CHECK(series->barSets()[0]->at(6) == 8); // job forum, interested
    CHECK(series->barSets()[1]->at(3) == 2); // word of mouth, training
    CHECK(nonWhitePixels(renderChart(chart.get(), QSize(600, 300), 1.0)) > 2000);
}
