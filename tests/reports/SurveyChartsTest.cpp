#include "SurveyCharts.h"
#include "SummaryFixture.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <catch2/catch.hpp>
#include <memory>

using namespace parcours;

namespace {
QBarCategoryAxis* categoryAxis(QChart& chart)
{
    const auto axes = chart.axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
}

QString labelled(const QString& label, const QString& figure)
{
    return QCoreApplication::translate("SurveyCharts", "%1: %2").arg(label, figure).toHtmlEscaped();
}

QBarSet* firstSet(QChart& chart)
{
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart.series().value(0));
    return series ? series->barSets().value(0) : nullptr;
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

TEST_CASE("choice chart lists answers top down with figures and hides small cells", "[charts]")
{
    std::unique_ptr<QChart> chart(buildQuestionChart(choiceQuestion(), true));
    REQUIRE(chart);
    auto* axis = categoryAxis(*chart);
    REQUIRE(axis);
    const QStringList labels = axis->categories();
    REQUIRE(labels.size() == 4);
    // Bottom-up on the axis: the last answer first.
    CHECK(labels[3] == labelled(QStringLiteral("Très satisfaite"), QStringLiteral("62 (62\u00a0%)")));
    CHECK(labels[2].startsWith(QStringLiteral("Plutôt satisfaite, mais…")));
    CHECK(labels[2].endsWith(QStringLiteral("35 (35\u00a0%)")));
    CHECK(labels[1] == labelled(QStringLiteral("Pas satisfaite"), QStringLiteral("< 5")));
    CHECK(labels[0] == labelled(QStringLiteral("Sans opinion"), QStringLiteral("0 (0\u00a0%)")));
    auto* set = firstSet(*chart);
    REQUIRE(set);
    CHECK(set->at(3) == 62);
    CHECK(set->at(1) == 0); // 3 people: an empty bar
    CHECK_FALSE(chart->legend()->isVisible());
}

TEST_CASE("choice chart shows exact small counts when not suppressed", "[charts]")
{
    std::unique_ptr<QChart> chart(buildQuestionChart(choiceQuestion(), false));
    REQUIRE(chart);
    CHECK(categoryAxis(*chart)->categories()[1] ==
          labelled(QStringLiteral("Pas satisfaite"), QStringLiteral("3 (3,0\u00a0%)")));
    CHECK(firstSet(*chart)->at(1) == 3);
}

TEST_CASE("questions without answers to count have no chart", "[charts]")
{
    QuestionSummary number;
    number.type = QuestionType::Number;
    CHECK_FALSE(hasQuestionChart(number));
    CHECK(buildQuestionChart(number, true) == nullptr);
    QuestionSummary empty = choiceQuestion();
    empty.counts.clear();
    CHECK(buildQuestionChart(empty, true) == nullptr);
}

TEST_CASE("reach and places at risk charts", "[charts]")
{
    const auto summary = sampleSummary();
    std::unique_ptr<QChart> reach(buildReachChart(summary.reach));
    REQUIRE(reach);
    const QStringList labels = categoryAxis(*reach)->categories();
    REQUIRE(labels.size() == 5);
    CHECK(labels[0] ==
          labelled(QCoreApplication::translate("SurveyCharts", "Unreachable"), QStringLiteral("< 5")));
    CHECK(labels[4].endsWith(QStringLiteral("1\u202f250")));
    std::unique_ptr<QChart> places(buildPlacesAtRiskChart(summary.placesAtRisk));
    REQUIRE(places);
    // Two relays, the total line left out; 3 people within a year: hidden.
    CHECK(categoryAxis(*places)->categories().size() == 2);
    auto* series = qobject_cast<QHorizontalBarSeries*>(places->series().value(0));
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 3);
    CHECK(series->barSets()[0]->at(1) == 0);
    CHECK(series->barSets()[0]->at(0) == 25);
    CHECK(places->legend()->isVisible());
}

TEST_CASE("the places-at-risk chart keeps the most affected RPEs of a national campaign", "[charts]")
{
    QList<PlacesAtRisk> rows;
    for (int i = 1; i <= kMaxPlacesAtRiskBars + 10; ++i) {
        PlacesAtRisk r;
        r.relayId = i;
        r.relayName = QStringLiteral("RPE %1").arg(i, 2, 10, QLatin1Char('0'));
        r.peopleWithin5 = 10;
        r.placesWithin5 = i == 3 ? 500 : i; // RPE 03 has the most, then the last ones
        rows.append(r);
    }
    std::unique_ptr<QChart> chart(buildPlacesAtRiskChart(rows, true));
    REQUIRE(chart);
    const QStringList shown = categoryAxis(*chart)->categories();
    CHECK(shown.size() == kMaxPlacesAtRiskBars);
    CHECK(shown.contains(QStringLiteral("RPE 03")));
    CHECK(shown.contains(QStringLiteral("RPE 30")));
    CHECK_FALSE(shown.contains(QStringLiteral("RPE 01")));
}

TEST_CASE("long labels are shortened at a word boundary", "[charts]")
{
    CHECK(elideChartLabel(QStringLiteral("un deux, trois quatre"), 12) == QStringLiteral("un deux…"));
    CHECK(elideChartLabel(QStringLiteral("anticonstitutionnellement"), 10) == QStringLiteral("anticonst…"));
    CHECK(elideChartLabel(QStringLiteral("  court  "), 9) == QStringLiteral("court"));
}

TEST_CASE("a chart renders to a non-blank image", "[charts]")
{
    std::unique_ptr<QChart> chart(buildQuestionChart(choiceQuestion(), true));
    const QSize size(600, suggestedChartHeight(4));
    const QImage image = renderChart(chart.get(), size, 2);
    CHECK(image.size() == size * 2);
    CHECK(nonWhitePixels(image) > image.width() * image.height() / 50);
    if (!qEnvironmentVariableIsEmpty("PARCOURS_REPORTS_KEEP"))
        image.save(qEnvironmentVariable("PARCOURS_REPORTS_KEEP") + QStringLiteral("/chart.png"));
    // The chart is still ours, and renders again.
    CHECK(chart->scene() == nullptr);
    CHECK(nonWhitePixels(renderChart(chart.get(), size, 1)) > 0);
}
