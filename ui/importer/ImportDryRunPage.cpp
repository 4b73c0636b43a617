#include "ImportDryRunPage.h"

#include "ImportReportView.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parcours {

ImportDryRunPage::ImportDryRunPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_intro(new QLabel(this)), m_view(new ImportReportView(this))
{
    setTitle(tr("What the import will do"));
    setSubTitle(tr("Nothing has been written yet. Read the rejected lines: you can fix them in the file and "
                   "import it again later, it will not create duplicates."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
}

void ImportDryRunPage::initializePage()
{
    ImportReport report;
    m_ready = m_wizard->runImport(true, report);
    if (!m_ready) {
        m_intro->setText(
            tr("The check did not finish. Go back to change the file or the columns, or cancel."));
        m_view->setReport(ImportReport{});
    } else {
        m_intro->setText(report.created + report.updated == 0
                             ? tr("This list changes nothing in the register.")
                             : tr("Click “Import” to apply these changes in one go."));
        m_view->setReport(report);
    }
    emit completeChanged();
}

bool ImportDryRunPage::isComplete() const
{
    return m_ready;
}

} // namespace parcours
