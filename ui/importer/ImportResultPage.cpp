#include "ImportResultPage.h"

#include "ImportReportView.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parcours {

ImportResultPage::ImportResultPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_outcome(new QLabel(this)), m_view(new ImportReportView(this))
{
    setTitle(tr("Import report"));
    setFinalPage(true);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_outcome);
    layout->addWidget(m_view, 1);
}

void ImportResultPage::initializePage()
{
    ImportReport report;
    m_succeeded = m_wizard->runImport(false, report);
    m_outcome->setText(m_succeeded ? tr("The list was imported.")
                                   : tr("The list was not imported; the register is as it was."));
    m_view->setReport(m_succeeded ? report : ImportReport{});
}

} // namespace parcours
