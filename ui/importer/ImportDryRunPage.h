#pragma once

#include <QWizardPage>

class QLabel;

namespace parcours {

class ImportReportView;
class ImportWizard;

// Step 3: what the import would do, computed by a dry run that writes
// nothing. "Import" then commits; there is no going back after it.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT
  public:
    explicit ImportDryRunPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    ImportReportView* reportView() const { return m_view; }

  private:
    ImportWizard* m_wizard;
    QLabel* m_intro;
    ImportReportView* m_view;
    bool m_ready = false;
};

} // namespace parcours
