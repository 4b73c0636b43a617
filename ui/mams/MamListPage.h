#pragma once

#include "Mam.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace parcours {

class AppContext;

// The Maisons d'Assistants Maternels with their members and places today.
class MamListPage : public QWidget
{
    Q_OBJECT
  public:
    explicit MamListPage(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Opens the editor (window-modal, not blocking); id 0 for a new MAM.
    void openEditor(qint64 id);

  signals:
    void mamsChanged();

  private:
    void openCurrent();

    AppContext& m_context;
    QTableWidget* m_table;
    QList<Mam> m_mams;
};

} // namespace parcours
