#pragma once

#include "Relay.h"

#include <QList>
#include <QWidget>

class QTableWidget;

namespace parcours {

class AppContext;

// The Relais Petite Enfance with their territory and staff. Relays are few,
// so the page lists them all.
class RelayListPage : public QWidget
{
    Q_OBJECT
  public:
    explicit RelayListPage(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // Opens the editor (window-modal, not blocking); id 0 for a new relay.
    void openEditor(qint64 id);

  signals:
    void relaysChanged();

  private:
    void openCurrent();
    static QString territoryText(const Relay& relay);

    AppContext& m_context;
    QTableWidget* m_table;
    QList<Relay> m_relays;
};

} // namespace parcours
