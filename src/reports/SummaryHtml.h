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
    QString html;
    QList<QPair<QUrl, QImage>> images;
};

// `questionDone(i)` is called after each question; returning false stops
// the build (the result is then incomplete and must be dropped).
bool buildSummaryHtml(const SurveySummary& summary, const ServiceIdentity& identity, SummaryHtml& out,
                      const std::function<bool(int)>& questionDone);

} // namespace parcours
