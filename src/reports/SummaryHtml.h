#pragma once

#include "ServiceIdentity.h"
#include "SurveySummary.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>
#include <functional>

namespace parcours {

// The summary PDF's content as QTextDocument HTML plus the chart images it
// refers to (by "chart:" URLs, to add with QTextDocument::addResource).
// Sizes in the HTML are CSS pixels and points: the document layout scales
// them to the PDF's resolution.
struct SummaryHtml
{
    // The cover, key figures and questions: short, laid out several times to
    // keep each question on one page.
    QString html;
    // The per-RPE tables (reach, places at risk, training wishes), appended
    // once at the end: thousands of rows for a national campaign.
    QString annexHtml;
    QList<QPair<QUrl, QImage>> images;
};

// `questionDone(i)` is called after each question; returning false stops
// the build (the result is then incomplete and must be dropped).
bool buildSummaryHtml(const SurveySummary& summary, const ServiceIdentity& identity, SummaryHtml& out,
                      const std::function<bool(int)>& questionDone);

} // namespace parcours
