#pragma once

#include "FieldErrorLabels.h"
#include "Relay.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace parcours {

class AppContext;

// Name, managing body, territory (whole EPCIs of the département, ticked in a
// list) and staff contacts of one relay. "Save" writes through RelayService
// and closes; problems stay on screen under their section.
class RelayEditor : public QDialog
{
    Q_OBJECT
  public:
    RelayEditor(AppContext& context, qint64 id, QWidget* parent = nullptr);

    bool save();

  signals:
    void saved(qint64 id);

  private:
    QWidget* buildTerritory();
    QWidget* buildStaff();
    void load(const Relay& relay);
    Relay edited() const;

    AppContext& m_context;
    Relay m_relay;
    FieldErrorLabels m_errors;
    QLineEdit* m_name;
    QLineEdit* m_managingBody;
    QListWidget* m_epcis = nullptr;
    QLabel* m_otherCommunes = nullptr;
    QTableWidget* m_staff = nullptr;
};

} // namespace parcours
