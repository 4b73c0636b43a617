#pragma once

#include "SurveyCampaign.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace parcours {

class AppContext;
class CampaignPage;
class CreateCampaignDialog;

// The « Campagnes » area: the yearly survey campaigns with their figures, a
// button to start a new one, and the open campaign's page in its place.
class CampaignListPage : public QWidget
{
    Q_OBJECT
  public:
    enum Column { Year, Questionnaire, Scope, People, ToContact, Sent, Responded, Closed, Rate, ColumnCount };

    explicit CampaignListPage(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Opens the dialog (window-modal, not blocking); the new campaign opens when created.
    CreateCampaignDialog* startNewCampaign();
    // Shows a campaign's page in place of the list; nullptr when unknown.
    CampaignPage* openCampaign(qint64 campaignId);
    CampaignPage* campaignPage() const { return m_page; }
    void showList();

  signals:
    void openChildminderRequested(qint64 id);
    // Something was recorded in a campaign (the dashboard is out of date).
    void changed();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    QWidget* buildList();
    QString titleOf(const SurveyCampaign& campaign) const;
    QString scopeOf(const SurveyCampaign& campaign) const;

    AppContext& m_context;
    QStackedWidget* m_stack;
    QTableWidget* m_table = nullptr;
    QLabel* m_emptyHint = nullptr;
    QPushButton* m_openButton = nullptr;
    CampaignPage* m_page = nullptr;
    QList<SurveyCampaign> m_campaigns;
    bool m_stale = true;
};

} // namespace parcours
