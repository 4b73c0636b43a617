#pragma once

#include "IsolationRules.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// The isolation watch, per RPE: how many working childminders had no
// collective activity, no RPE participation and no completed exchange for
// RuleSettings::isolationMonths, and who they are for the selected RPE.
class IsolationWatchTab : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kPageSize = 200;

    explicit IsolationWatchTab(AppContext& context, QWidget* parent = nullptr);

    // Counts again (off the GUI thread on a database file).
    void refresh();
    QTableWidget* relayTable() const { return m_relays; }
    QTableWidget* peopleTable() const { return m_people; }

  signals:
    void openChildminderRequested(qint64 childminderId);

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void showRelay(int row);
    void loadPeople(bool append);

    AppContext& m_context;
    QLabel* m_window;
    QTableWidget* m_relays;
    QTableWidget* m_people;
    QLabel* m_peopleCount;
    QPushButton* m_more;
    QList<RelayIsolationRow> m_rows;
    qint64 m_relayId = -1; // -1: none selected
    int m_relayIsolated = 0;
    bool m_loaded = false;
};

} // namespace parcours
