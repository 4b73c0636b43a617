#pragma once

#include "ChildminderQuery.h"
#include "ChildminderService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace parcours {

class AppContext;
class ChildminderListModel;
class LazyComboBox;

// The register: search as you type, filters, a sortable lazily paged table
// and the number of people found.
class ChildminderListPage : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kSearchDelayMs = 200;

    explicit ChildminderListPage(AppContext& context, QWidget* parent = nullptr);

    ChildminderListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The filters and sort in force, for an export of what the user sees.
    ChildminderQuery currentQuery() const;

    void focusSearch();
    // After a save elsewhere: recount, refetch, and refresh the relay filter.
    void refresh();
    // Applies the pending search at once instead of waiting for the timer.
    void applyFiltersNow();

  signals:
    void openRequested(qint64 id);
    void newRequested();

  private:
    QWidget* buildFilterBar();
    void fillRelayFilter(QComboBox& combo);
    void openCurrent();
    void updateCount();
    void updateButtons();

    AppContext& m_context;
    ChildminderService m_service;
    ChildminderListModel* m_model;
    QLineEdit* m_search;
    LazyComboBox* m_relayFilter;
    QComboBox* m_statusFilter;
    QComboBox* m_endFilter;
    QTableView* m_table;
    QLabel* m_countLabel;
    QPushButton* m_openButton;
    QTimer* m_searchTimer;
};

} // namespace parcours
