#pragma once

#include "SurveyCampaign.h"

#include <QList>
#include <QObject>
#include <QString>

namespace parcours {

class AppContext;
class DatabaseWorker;

// A campaign's coverage per RPE: the annual contact (ContactService) beside
// the campaign's statuses. The annual contact scans the year's exchanges, so
// on a file database it runs on a worker thread with its own connection, as
// the dashboard does; an in-memory database (tests) is computed at once.
class CoverageLoader : public QObject
{
    Q_OBJECT
  public:
    struct Line
    {
        qint64 relayId = 0; // 0: no RPE, or the total line
        QString relay;
        int inScope = 0;   // people in the campaign
        int active = 0;    // working childminders (annual contact)
        int reached = 0;   // of whom reached this year
        int responded = 0; // campaign responses
        int toContact = 0; // campaign status "to contact"
    };
    struct Result
    {
        QList<Line> lines; // per RPE, alphabetical, then the total
        QString error;     // French message when the computation failed
    };

    CoverageLoader(AppContext& context, SurveyCampaign campaign, QObject* parent = nullptr);

    void start();
    bool isBusy() const;
    static Result compute(AppContext& context, const SurveyCampaign& campaign);

  signals:
    void loaded(const parcours::CoverageLoader::Result& result);

  private:
    SurveyCampaign m_campaign;
    DatabaseWorker* m_worker;
};

} // namespace parcours
