#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace parcours {

class AppContext;
class RuleSettingsForm;
struct ServiceIdentity;

// « Paramètres »: who the service is (letters, reports) and the campaign
// reminder rules. Saved through AppContext only when every field is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit SettingsDialog(AppContext& context, QWidget* parent = nullptr);

    // Checks and stores; false (problems shown in the dialog) when nothing was saved.
    bool save();
    // Problems with what is typed, one translated sentence each; empty when valid.
    QStringList problems() const;

    QTabWidget* tabs() const { return m_tabs; }

    void accept() override;

  private:
    ServiceIdentity identity() const;

    AppContext& m_context;
    QTabWidget* m_tabs;
    QLineEdit* m_serviceName;
    QLineEdit* m_departement;
    QPlainTextEdit* m_address;
    QLineEdit* m_postalCode;
    QLineEdit* m_city;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_surveyUrl;
    QLineEdit* m_signatory;
    QLineEdit* m_signatoryTitle;
    QSpinBox* m_maxReminders;
    QSpinBox* m_daysBetween;
    RuleSettingsForm* m_ruleForm;
    QLabel* m_error;
};

} // namespace parcours
