#pragma once

#include "Approval.h"
#include "FieldErrorLabels.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace parcours {

class AppContext;
class DateLineEdit;

// Records one decision of the PMI service on a person's agrément (first
// grant, renewal, modification, suspension, withdrawal) through
// ApprovalService. It stays open while the service reports problems, shown
// under the fields concerned.
class ApprovalDecisionDialog : public QDialog
{
    Q_OBJECT
  public:
    enum class Kind { FirstGrant, Renewal, Modification, Suspension, Withdrawal };

    // `target` is the agrément a modification, suspension or withdrawal
    // applies to (ignored for a first grant or a renewal).
    ApprovalDecisionDialog(AppContext& context, Kind kind, qint64 personId, const Approval& target,
                           QWidget* parent = nullptr);

    // Calls the service; returns true when the decision was recorded.
    bool submit();

    static QString titleOf(Kind kind);

  private:
    void buildFields();
    void updateRenewalTerm();
    QDateEdit* makeDateEdit(const QString& name);

    AppContext& m_context;
    Kind m_kind;
    qint64 m_personId;
    Approval m_target;
    FieldErrorLabels m_errors;
    QLabel* m_generalError = nullptr;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_start = nullptr;
    DateLineEdit* m_end = nullptr;
    QSpinBox* m_places = nullptr;
    QComboBox* m_placeOfPractice = nullptr;
    QCheckBox* m_initialTraining = nullptr;
    QCheckBox* m_ep1 = nullptr;
    QCheckBox* m_ep3 = nullptr;
    QLabel* m_term = nullptr;
    QDateEdit* m_date = nullptr;
    QDateEdit* m_suspensionEnd = nullptr;
    QLineEdit* m_details = nullptr;
};

} // namespace parcours
