#pragma once

#include "Partner.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace parcours {

class AppContext;
class PagerBar;
class PartnerEditor;

// The « Partenaires » area: the partners directory, filtered by kind and
// text, one page at a time.
class PartnersPage : public QWidget
{
    Q_OBJECT
  public:
    explicit PartnersPage(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Opens the editor (window-modal, not blocking); id 0 for a new partner.
    PartnerEditor* openEditor(qint64 id);

  signals:
    void partnersChanged();

  protected:
    void showEvent(QShowEvent* event) override;

  private:
    void openCurrent();

    AppContext& m_context;
    QComboBox* m_kind;
    QLineEdit* m_search;
    QTableWidget* m_table;
    PagerBar* m_pager;
};

} // namespace parcours
