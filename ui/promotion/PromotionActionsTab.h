#pragma once

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace parcours {

class AppContext;
class DateLineEdit;
class PagerBar;
class PromotionActionEditor;

// « Actions »: promotion actions, most recent first, by period and kind.
class PromotionActionsTab : public QWidget
{
    Q_OBJECT
  public:
    explicit PromotionActionsTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    PromotionActionEditor* openEditor(qint64 id);

  signals:
    void actionsChanged();

  private:
    void openCurrent();

    AppContext& m_context;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QComboBox* m_kind;
    QTableWidget* m_table;
    PagerBar* m_pager;
};

} // namespace parcours
