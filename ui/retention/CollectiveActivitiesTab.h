#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;
class DateLineEdit;

// Collective activities and pooled trainings with their attendance, by
// period and RPE (the list is filtered and paged in SQL).
class CollectiveActivitiesTab : public QWidget
{
    Q_OBJECT
  public:
    static constexpr int kPageSize = 200;

    explicit CollectiveActivitiesTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    // Opens the editor on the activity (0: a new one); true when saved.
    bool openEditor(qint64 activityId);
    QTableWidget* table() const { return m_table; }

  signals:
    // Attendance changed: isolation figures elsewhere may be stale.
    void activitiesChanged();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    qint64 currentId() const;
    void removeCurrent();
    void reloadRelays();

    AppContext& m_context;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QComboBox* m_relay;
    QTableWidget* m_table;
    QLabel* m_count;
    QPushButton* m_more;
    int m_shown = kPageSize;
    bool m_loaded = false;
};

} // namespace parcours
