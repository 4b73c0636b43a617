#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace parcours {

class AppContext;
class PagerBar;
class ProspectEditor;

// « Prospects »: the people interested in the profession, one page at a time,
// filtered by stage, channel and text in SQL.
class ProspectsTab : public QWidget
{
    Q_OBJECT
  public:
    explicit ProspectsTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Opens the editor (window-modal, not blocking); id 0 for a new prospect.
    ProspectEditor* openEditor(qint64 id);

  signals:
    void prospectsChanged();
    void openChildminderRequested(qint64 childminderId);

  private:
    void openCurrent();

    AppContext& m_context;
    QComboBox* m_stage;
    QComboBox* m_channel;
    QLineEdit* m_search;
    QTableWidget* m_table;
    PagerBar* m_pager;
};

} // namespace parcours
