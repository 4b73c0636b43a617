#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace parcours {

class ImportWizard;

// Step 1: which file to import.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
  public:
    explicit ImportFilePage(ImportWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    void setPath(const QString& path);

  private:
    ImportWizard* m_wizard;
    QLineEdit* m_path;
    QLabel* m_error;
};

} // namespace parcours
