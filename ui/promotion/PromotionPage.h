#pragma once

#include <QWidget>

class QTabWidget;

namespace parcours {

class AppContext;
class FunnelTab;
class PromotionActionsTab;
class ProspectsTab;

// The « Promotion » area: prospects, promotion actions and the funnel.
class PromotionPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PromotionPage(AppContext& context, QWidget* parent = nullptr);

    ProspectsTab* prospectsTab() const { return m_prospects; }
    PromotionActionsTab* actionsTab() const { return m_actions; }
    FunnelTab* funnelTab() const { return m_funnel; }
    // Brings the funnel forward (the dashboard's funnel box leads here).
    void showFunnel();
    void refresh();

  signals:
    // A prospect became a childminder: the main window opens her record.
    void openChildminderRequested(qint64 childminderId);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    AppContext& m_context;
    QTabWidget* m_tabs;
    ProspectsTab* m_prospects;
    PromotionActionsTab* m_actions;
    FunnelTab* m_funnel;
};

} // namespace parcours
