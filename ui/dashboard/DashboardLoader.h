#pragma once

#include "Alert.h"
#include "CareerRepository.h"
#include "ContactCoverage.h"
#include "ContactEntry.h"
#include "FunnelReport.h"
#include "IsolationRules.h"
#include "RegisterStatistics.h"

#include <QList>
#include <QObject>

namespace parcours {

class AppContext;
class DatabaseWorker;

// Computes the dashboard's figures and alerts. On a national register that
// takes seconds (every alert candidate's file is read), so it runs on a
// worker thread with its own connection to the database file and the page
// fills in when it is done; the window never freezes. An in-memory database
// (tests, screenshots) cannot be shared with a thread: computed at once.
class DashboardLoader : public QObject
{
    Q_OBJECT
  public:
    // An open follow-up of a logged exchange, with the person it concerns.
    struct FollowUpRow
    {
        qint64 childminderId = 0;
        QString person;
        FollowUp followUp;
    };

    struct Figures
    {
        RegisterStatistics statistics;
        QList<Alert> alerts;
        int coverageYear = 0;
        CoverageRow coverage; // this year's annual contact, whole scope
        int withoutContactForAYear = 0;
        QList<FollowUpRow> followUps; // earliest due first
        // Career paths (issue 4).
        QList<DueDeadlineRow> deadlines; // most urgent first, at most kMaxDeadlines
        int deadlineCount = 0;
        QList<RelayIsolationRow> isolation;
        FunnelReport funnel; // prospects first met in the last 12 months
        QString error;       // French message when the computation failed
    };

    explicit DashboardLoader(AppContext& context, QObject* parent = nullptr);

    // Starts a computation; when one is running, another follows it so the
    // result reflects the latest saves.
    void start();
    bool isBusy() const;

    static constexpr int kMaxFollowUps = 200;
    static constexpr int kMaxDeadlines = 200;
    static Figures compute(AppContext& context);

  signals:
    void loaded(const parcours::DashboardLoader::Figures& figures);

  private:
    DatabaseWorker* m_worker;
};

} // namespace parcours
