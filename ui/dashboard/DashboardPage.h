#pragma once

#include "Alert.h"
#include "DashboardLoader.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace parcours {

class AppContext;
class CareerPathsBox;
class StatTile;

// The first screen: key figures of the register, active childminders and
// places per relay, the annual contact coverage, the alerts and the open
// follow-ups of exchanges (a double-click opens the person's file or the MAM).
class DashboardPage : public QWidget
{
    Q_OBJECT
  public:
    // The table shows the most urgent alerts only: thousands of rows would
    // tell nobody anything and slow the page down. The tile gives the total.
    static constexpr int kMaxShownAlerts = 500;

    explicit DashboardPage(AppContext& context, QWidget* parent = nullptr);

    // Recomputes everything (after a save, an import...); on a database file
    // this happens in the background and the page fills in when it is ready.
    void refresh();
    bool isLoading() const { return m_loader->isBusy(); }
    QTableWidget* alertTable() const { return m_alerts; }
    const QList<Alert>& alerts() const { return m_alertList; }
    QTableWidget* followUpTable() const { return m_followUps; }
    CareerPathsBox* careerPaths() const { return m_careerPaths; }

  signals:
    void childminderRequested(qint64 id);
    void mamRequested(qint64 id);
    void isolationRequested(qint64 relayId);
    void funnelRequested();

  private:
    QWidget* buildRelayBox();
    QWidget* buildAlertBox();
    QWidget* buildFollowUpBox();
    void displayContacts(const DashboardLoader::Figures& figures);
    void openFollowUp(int row);
    void display(const DashboardLoader::Figures& figures);
    void fillAlerts();
    void openAlert(int row);

    AppContext& m_context;
    DashboardLoader* m_loader;
    QLabel* m_dateLabel;
    QLabel* m_alertNote = nullptr;
    StatTile* m_active;
    StatTile* m_places;
    StatTile* m_over60;
    StatTile* m_alertCount;
    StatTile* m_coverage;
    StatTile* m_noContact;
    QTableWidget* m_relays = nullptr;
    QTableWidget* m_alerts = nullptr;
    QTableWidget* m_followUps = nullptr;
    CareerPathsBox* m_careerPaths = nullptr;
    QList<Alert> m_alertList;
    QList<DashboardLoader::FollowUpRow> m_followUpList;
};

} // namespace parcours
