#pragma once

#include "CareerEvent.h"
#include "FieldErrorLabels.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace parcours {

class AppContext;
class DateLineEdit;

// Adds or edits one career event: its kind, date, detail code (the VAE step
// or why she stopped, offered only for those kinds) and a note.
class CareerEventDialog : public QDialog
{
    Q_OBJECT
  public:
    CareerEventDialog(AppContext& context, const CareerEvent& event, QWidget* parent = nullptr);
    bool submit();
    const CareerEvent& event() const { return m_event; }

  private:
    void fillDetails();

    AppContext& m_context;
    CareerEvent m_event;
    FieldErrorLabels m_errors;
    QComboBox* m_kind;
    DateLineEdit* m_date;
    QLabel* m_detailLabel;
    QComboBox* m_detail;
    QLineEdit* m_note;
};

} // namespace parcours
