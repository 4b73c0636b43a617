#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// The « Accompagnement » section of the MAM editor: the support actions of the
// service for this MAM (procedures and protocols drafted, projet d'accueil,
// règlement), their status and documents. Each action is saved on its own,
// when its dialog is saved, independently of the MAM's form.
class MamSupportPanel : public QGroupBox
{
    Q_OBJECT
  public:
    // mamId 0: a MAM not saved yet (actions come once it is).
    MamSupportPanel(AppContext& context, qint64 mamId, QWidget* parent = nullptr);

    void setMam(qint64 mamId);
    void refresh();
    // Opens the action dialog (0: a new action); true when saved.
    bool openAction(qint64 actionId);
    QTableWidget* table() const { return m_table; }

  private:
    qint64 currentId() const;
    void removeCurrent();

    AppContext& m_context;
    qint64 m_mamId = 0;
    QTableWidget* m_table;
    QLabel* m_hint;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_remove;
};

} // namespace parcours
