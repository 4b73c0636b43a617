#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace parcours {

class AppContext;

// The « Historique » tab of the childminder editor: every audited change to
// her record and her child records (who, when, which field, old and new
// value), oldest first, read from the audit trail (issue 5).
class HistoryTab : public QWidget
{
    Q_OBJECT
  public:
    explicit HistoryTab(AppContext& context, QWidget* parent = nullptr);
    // personId 0: a person not saved yet.
    void setPerson(qint64 personId);
    // Reads the trail again (after a save).
    void refresh();

    QTableWidget* table() const { return m_table; }

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    AppContext& m_context;
    qint64 m_personId = 0;
    bool m_stale = true; // read when shown, not on every load of the editor
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace parcours
