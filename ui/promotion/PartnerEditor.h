#pragma once

#include "FieldErrorLabels.h"
#include "Partner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace parcours {

class AppContext;

// One partner of the directory with its contact people. "Save" writes
// through PartnerService and closes; problems stay on screen.
class PartnerEditor : public QDialog
{
    Q_OBJECT
  public:
    PartnerEditor(AppContext& context, qint64 id, QWidget* parent = nullptr);

    bool save();

  signals:
    void saved(qint64 id);

  private:
    QWidget* buildContacts();
    void load(const Partner& partner);
    Partner edited() const;

    AppContext& m_context;
    Partner m_partner;
    FieldErrorLabels m_errors;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_postalCode;
    QLineEdit* m_commune;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QComboBox* m_relay;
    QCheckBox* m_active;
    QPlainTextEdit* m_notes;
    QTableWidget* m_contacts = nullptr;
};

} // namespace parcours
