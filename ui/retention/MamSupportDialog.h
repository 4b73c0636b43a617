#pragma once

#include "FieldErrorLabels.h"
#include "MamSupportAction.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace parcours {

class AppContext;
class DateLineEdit;

// One MAM support action: what is drafted, its status, dates and documents.
class MamSupportDialog : public QDialog
{
    Q_OBJECT
  public:
    MamSupportDialog(AppContext& context, MamSupportAction action, QWidget* parent = nullptr);
    const MamSupportAction& action() const { return m_action; }

  private:
    void save();

    AppContext& m_context;
    MamSupportAction m_action;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QComboBox* m_status;
    DateLineEdit* m_start;
    DateLineEdit* m_due;
    DateLineEdit* m_done;
    QPlainTextEdit* m_documents;
    QPlainTextEdit* m_notes;
    FieldErrorLabels m_errors;
};

} // namespace parcours
