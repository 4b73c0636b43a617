#pragma once

#include "ServiceIdentity.h"
#include "SummaryHtml.h"
#include "SurveySummary.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace parcours {

// The survey summary as an A4 PDF to hand to partners (issue 3, point 8):
// cover, key figures, one chart and table per closed question, reach, places
// at risk and training wishes per relay, "Page n / N" footers. Every count
// goes through displayCount/displayPercent with the summary's
// suppressSmallCells. Text stays selectable (fonts embedded); charts are
// images rendered by the same builders as the dashboard.
//
// Two steps: prepare() draws the charts with QtCharts (a QGraphicsScene: GUI
// thread only); render() lays the pages out and paints them, which is the
// long part and may run on a worker thread. write() does both in a row.
class SummaryPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPdfWriter)

  public:
    void setIdentity(const ServiceIdentity& identity) { m_identity = identity; }

    // Called once per question, then once per page; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    // "" when the file was written; otherwise a translated sentence saying
    // what went wrong (or that it was cancelled) and nothing is left at `path`
    // (an existing file there is kept as it was).
    QString write(const SurveySummary& summary, const QString& path, const Progress& progress = {}) const;

    // The HTML and chart images; false when cancelled. GUI thread.
    bool prepare(const SurveySummary& summary, SummaryHtml& content, const Progress& progress = {}) const;
    // The PDF from prepared content, same result as write(). Any thread.
    QString render(SummaryHtml content, const SurveySummary& summary, const QString& path,
                   const Progress& progress = {}) const;

  private:
    ServiceIdentity m_identity;
};

} // namespace parcours
