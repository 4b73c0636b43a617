#pragma once

#include "CampaignService.h"
#include "SurveyCampaign.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace parcours {

class AppContext;
class CampaignPeopleModel;
class ContactLogDialog;
class ResponseFormDialog;
class SendingDialog;

// A campaign's call list: filters by status and RPE, the counts per status,
// and the actions on the selected person (log an exchange, type her response,
// invite, remind, mark refused / unreachable / out of scope, open her file),
// as buttons, shortcuts and a context menu. Dialogs open window-modal without
// blocking; the row is read again when they are done.
class CallListTab : public QWidget
{
    Q_OBJECT
  public:
    CallListTab(AppContext& context, const SurveyCampaign& campaign, QWidget* parent = nullptr);

    CampaignPeopleModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setStatusFilter(std::optional<CampaignStatus> status);
    void setRelayFilter(qint64 relayId);
    void selectRow(int row);
    qint64 selectedId() const;

    ContactLogDialog* logExchange();
    ResponseFormDialog* enterResponse();
    SendingDialog* invite();
    SendingDialog* remind();
    bool mark(CampaignStatus status);
    void openFile();

    QLabel* feedback() const { return m_feedback; }

  signals:
    void openChildminderRequested(qint64 id);
    // Something was recorded: counts and coverage are out of date.
    void changed();

  private:
    QWidget* buildFilters();
    QWidget* buildActions();
    QAction* addAction(const QString& text, const QString& name, const QKeySequence& keys,
                       const std::function<void()>& run);
    void applyFilters();
    void updateCounts();
    void showCounts();
    void updateActions();
    void afterAction(int row, std::optional<CampaignStatus> status, const QString& message);
    QString selectedName() const;
    void showMessage(const QString& text, bool error);

    AppContext& m_context;
    SurveyCampaign m_campaign;
    CampaignService m_service;
    CampaignPeopleModel* m_model;
    QComboBox* m_statusFilter;
    QComboBox* m_relayFilter;
    QLabel* m_counts;
    QHash<CampaignStatus, int> m_statusCounts; // for the RPE filter in force
    qint64 m_countsRelayId = 0;
    QTableView* m_table;
    QLabel* m_feedback;
    QList<QAction*> m_actions;
};

} // namespace parcours
