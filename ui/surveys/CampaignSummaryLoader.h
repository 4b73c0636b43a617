#pragma once

#include "SurveySummaryService.h"

#include <QObject>
#include <QString>

namespace parcours {

class AppContext;
class DatabaseWorker;

// Computes a campaign's summary off the GUI thread. The SQL aggregates of a
// 250,000-person campaign take seconds, so, as DashboardLoader does, the work
// runs on a worker thread with its own AppContext on the same database file;
// an in-memory database (tests, screenshots) cannot be shared with a thread
// and is computed at once.
class CampaignSummaryLoader : public QObject
{
    Q_OBJECT
  public:
    struct Result
    {
        SurveySummaryRequest request;
        SurveySummary summary;
        QString error; // French message when nothing could be computed
    };

    explicit CampaignSummaryLoader(AppContext& context, QObject* parent = nullptr);

    // Starts a computation; when one is running, the latest request follows it
    // (a user flicking through RPEs only gets the last one's figures).
    void start(const SurveySummaryRequest& request);
    bool isBusy() const;
    static Result compute(AppContext& context, const SurveySummaryRequest& request);

  signals:
    void loaded(const parcours::CampaignSummaryLoader::Result& result);

  private:
    DatabaseWorker* m_worker;
};

} // namespace parcours
