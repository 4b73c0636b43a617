#pragma once

#include "DashboardLoader.h"

#include <QWidget>

class QTabWidget;
class QTableWidget;

namespace parcours {

// The dashboard's career-path figures (issue 4): training deadlines due soon
// or overdue, the isolation watch per RPE, and the prospect funnel of the
// last twelve months. A double-click opens the person, the RPE's isolation
// list or the funnel.
class CareerPathsBox : public QWidget
{
    Q_OBJECT
  public:
    explicit CareerPathsBox(QWidget* parent = nullptr);

    void display(const DashboardLoader::Figures& figures, QDate today);

    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* deadlineTable() const { return m_deadlines; }
    QTableWidget* isolationTable() const { return m_isolation; }
    QTableWidget* funnelTable() const { return m_funnel; }

  signals:
    void childminderRequested(qint64 id);
    void isolationRequested(qint64 relayId);
    void funnelRequested();

  private:
    void displayDeadlines(const DashboardLoader::Figures& figures, QDate today);
    void displayIsolation(const DashboardLoader::Figures& figures);
    void displayFunnel(const DashboardLoader::Figures& figures);

    QTabWidget* m_tabs;
    QTableWidget* m_deadlines;
    QTableWidget* m_isolation;
    QTableWidget* m_funnel;
    QList<qint64> m_deadlinePeople;
    QList<qint64> m_isolationRelays;
};

} // namespace parcours
