#pragma once

#include <QWizardPage>

class QLabel;

namespace parcours {

class ImportReportView;
class ImportWizard;

// Step 4: runs the real import and shows what it did.
class ImportResultPage : public QWizardPage
{
    Q_OBJECT
  public:
    explicit ImportResultPage(ImportWizard* wizard);

    void initializePage() override;
    ImportReportView* reportView() const { return m_view; }
    bool succeeded() const { return m_succeeded; }

  private:
    ImportWizard* m_wizard;
    QLabel* m_outcome;
    ImportReportView* m_view;
    bool m_succeeded = false;
};

} // namespace parcours
