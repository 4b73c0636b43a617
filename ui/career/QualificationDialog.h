#pragma once

#include "FieldErrorLabels.h"
#include "Qualification.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace parcours {

class AppContext;
class DateLineEdit;

// Adds or edits one CAP AEPE result (or another qualification) through
// CareerService; stays open while the service reports problems.
class QualificationDialog : public QDialog
{
    Q_OBJECT
  public:
    QualificationDialog(AppContext& context, const Qualification& qualification, QWidget* parent = nullptr);
    // Saves; true when it was recorded.
    bool submit();
    const Qualification& qualification() const { return m_qualification; }

  private:
    AppContext& m_context;
    Qualification m_qualification;
    FieldErrorLabels m_errors;
    QComboBox* m_kind;
    QComboBox* m_result;
    DateLineEdit* m_date;
    QLineEdit* m_label;
};

} // namespace parcours
