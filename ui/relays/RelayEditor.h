#pragma once

#include "FieldErrorLabels.h"
#include "Relay.h"

#include <QDialog>
#include <QStringList>

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
    bool isDirty() const;
    // Escape, Cancel and the close box: asks before dropping unsaved changes.
    void reject() override;

  signals:
    void saved(qint64 id);

  private:
    QWidget* buildTerritory();
    QWidget* buildStaff();
    void load(const Relay& relay);
    Relay edited() const;
    QStringList snapshot() const; // what the user can change, to detect unsaved work

    AppContext& m_context;
    Relay m_relay;
    FieldErrorLabels m_errors;
    QLineEdit* m_name;
    QLineEdit* m_managingBody;
    QListWidget* m_epcis = nullptr;
    QLabel* m_otherCommunes = nullptr;
    QTableWidget* m_staff = nullptr;
    QStringList m_savedState;
};

} // namespace parcours
