#include "ImportWizard.h"

#include "AppContext.h"
#include "BackgroundTask.h"
#include "CsvFileReader.h"
#include "DomainError.h"
#include "ImportDryRunPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportResultPage.h"
#include "Logging.h"
#include "MessageBox.h"
#include "PmiImporter.h"

#include <QDir>

namespace parcours {

ImportWizard::ImportWizard(AppContext& context, QWidget* parent) : QWizard(parent), m_context(context)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a PMI list"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(DryRunPage, new ImportDryRunPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    resize(980, 640);
}

bool ImportWizard::loadFile(const QString& path, QString* error)
{
    try {
        CsvFileReader reader(path);
        CsvTable preview;
        preview.header = reader.header();
        preview.encodingName = reader.encodingName();
        preview.separator = reader.separator();
        int count = 0;
        CsvRecord record;
        // Read to the end, so that a fault anywhere in the file shows now.
        while (reader.next(record))
            if (++count <= kPreviewRecords)
                preview.records.append(record);
        m_preview = std::move(preview);
        m_recordCount = count;
    } catch (const DomainError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    m_path = path;
    m_mapping.clear();
    return true;
}

bool ImportWizard::runImport(bool dryRun, ImportReport& report)
{
    const QString label = dryRun ? tr("Reading the list and comparing it with the register…")
                                 : tr("Importing the list… Cancel undoes everything.");
    try {
        const bool finished = BackgroundTask::run(
            this, label, m_context, [&](AppContext& worker, const BackgroundTask::Progress& progress) {
                worker.require(Permission::EditRecords); // PmiImporter works on the repositories directly
                PmiImporter importer(worker.childminders(), worker.approvals(), worker.relays(),
                                     worker.transactions(), worker.rules(), &worker.clock());
                importer.setProgressCallback(progress);
                CsvFileReader records(m_path);
                // The columns were matched on the file as it was read: one
                // saved again since then is read again by the user first.
                if (records.header() != m_preview.header)
                    throw DomainError(tr("The file %1 has changed since it was read: its columns are no "
                                         "longer the same. Go back to the first page and choose it again.")
                                          .arg(QDir::toNativeSeparators(m_path)));
                report = importer.run(records, m_mapping, dryRun);
            });
        if (!finished || report.cancelled) {
            MessageBox::information(this, tr("Import cancelled"),
                                    tr("The import was cancelled: the register was not changed."));
            return false;
        }
    } catch (const DomainError& error) {
        logError(QStringLiteral("PMI import failed"));
        MessageBox::critical(this, tr("The import failed"),
                             error.message() + QStringLiteral("\n\n") + tr("The register was not changed."));
        return false;
    }
    logInfo(QStringLiteral("PMI import %1: %2 created, %3 updated, %4 rejected")
                .arg(dryRun ? QStringLiteral("dry run") : QStringLiteral("done"))
                .arg(report.created)
                .arg(report.updated)
                .arg(report.rejected.size()));
    if (!dryRun)
        emit imported();
    return true;
}

} // namespace parcours
