#pragma once

#include <QWidget>

class QTabWidget;

namespace parcours {

class AppContext;
class CollectiveActivitiesTab;
class IsolationWatchTab;
class TrainingCatalogueTab;
class TrainingSessionsTab;

// The « Formations » area: training sessions and their enrolments, the
// catalogue, the collective activities organised with the RPEs, and the
// isolation watch that those activities feed.
class TrainingAreaPage : public QWidget
{
    Q_OBJECT
  public:
    explicit TrainingAreaPage(AppContext& context, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    TrainingSessionsTab* sessionsTab() const { return m_sessions; }
    TrainingCatalogueTab* catalogueTab() const { return m_catalogue; }
    CollectiveActivitiesTab* activitiesTab() const { return m_activities; }
    IsolationWatchTab* isolationTab() const { return m_isolation; }

  private:
    QTabWidget* m_tabs;
    TrainingSessionsTab* m_sessions;
    TrainingCatalogueTab* m_catalogue;
    CollectiveActivitiesTab* m_activities;
    IsolationWatchTab* m_isolation;
};

} // namespace parcours
