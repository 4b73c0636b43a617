#pragma once

#include "SurveyCampaign.h"

#include <QWidget>

class QTabWidget;

namespace parcours {

class AppContext;
class CallListTab;
class CampaignSummaryTab;
class CoverageTab;

// One campaign: its call list, its coverage per RPE and its summary, as
// tabs, with the invitation and response-import actions above them.
class CampaignPage : public QWidget
{
    Q_OBJECT
  public:
    CampaignPage(AppContext& context, const SurveyCampaign& campaign, const QString& title,
                 QWidget* parent = nullptr);

    const SurveyCampaign& campaign() const { return m_campaign; }
    QTabWidget* tabs() const { return m_tabs; }
    CallListTab* callList() const { return m_callList; }
    CoverageTab* coverage() const { return m_coverage; }
    CampaignSummaryTab* summary() const { return m_summary; }

  signals:
    void backRequested();
    void openChildminderRequested(qint64 id);
    // A status, a response or an exchange was recorded.
    void changed();

  private:
    SurveyCampaign m_campaign;
    QTabWidget* m_tabs;
    CallListTab* m_callList;
    CoverageTab* m_coverage;
    CampaignSummaryTab* m_summary;
    void markStale();
    void refreshShownTab();
    bool m_coverageStale = true; // computed when its tab is first shown
    bool m_summaryStale = true;
};

} // namespace parcours
