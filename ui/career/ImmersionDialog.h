#pragma once

#include "FieldErrorLabels.h"
#include "Immersion.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace parcours {

class AppContext;
class DateLineEdit;

// Adds or edits one PMSMP immersion of a childminder. The PMSMP limits she
// would break are shown as the dates are typed, and again on saving.
class ImmersionDialog : public QDialog
{
    Q_OBJECT
  public:
    ImmersionDialog(AppContext& context, const Immersion& immersion, QWidget* parent = nullptr);
    bool submit();
    const Immersion& immersion() const { return m_immersion; }

  private:
    Immersion fromFields() const;
    void updateProblems();

    AppContext& m_context;
    Immersion m_immersion;
    FieldErrorLabels m_errors;
    QLineEdit* m_host;
    DateLineEdit* m_start;
    DateLineEdit* m_end;
    QComboBox* m_renewalOf;
    QLineEdit* m_note;
    QLabel* m_problems;
};

} // namespace parcours
