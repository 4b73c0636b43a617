// CampaignSummaryTab's exports: the summary PDF and JSON (issue 3, point 8).
// Both recompute the summary with small groups hidden — an export leaves the
// service — whatever the screen shows.
#include "AppContext.h"
#include "AuditService.h"
#include "BackgroundTask.h"
#include "CampaignSummaryTab.h"
#include "DomainError.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "SummaryPdfWriter.h"
#include "SurveySummaryJson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace parcours {

namespace {

// "RPE de Bar-le-Duc" → "rpe-de-bar-le-duc": a file name any system accepts.
QString slug(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out;
}

// Computes the export's summary off the GUI thread; nullopt (and a message
// shown) when it failed, nullopt silently when the user cancelled.
std::optional<SurveySummary> computeForExport(QWidget* parent, AppContext& context,
                                              const SurveySummaryRequest& request)
{
    auto result = std::make_shared<CampaignSummaryLoader::Result>();
    bool finished = false;
    try {
        finished =
            BackgroundTask::run(parent, CampaignSummaryTab::tr("Computing the summary…"), context,
                                [result, request](AppContext& worker, const BackgroundTask::Progress&) {
                                    *result = CampaignSummaryLoader::compute(worker, request);
                                });
    } catch (const DomainError& error) {
        result->error = error.message();
        finished = true;
    }
    if (!finished)
        return std::nullopt;
    if (!result->error.isEmpty()) {
        MessageBox::warning(
            parent, CampaignSummaryTab::tr("Export the summary"),
            CampaignSummaryTab::tr("The summary could not be computed: %1").arg(result->error));
        return std::nullopt;
    }
    return result->summary;
}

// The charts are drawn here (QtCharts needs the GUI thread), then the pages
// are laid out and painted on a worker while the progress dialog stays live.
QString writePdf(const SummaryPdfWriter& writer, const SurveySummary& summary, const QString& path,
                 QProgressDialog& progress)
{
    const QString cancelled = SummaryPdfWriter::tr("Creating the PDF was cancelled: no file was written.");
    SummaryHtml content;
    const bool prepared = writer.prepare(summary, content, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(qMin(done, total - 1));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!prepared)
        return cancelled;

    std::atomic_bool cancel{false};
    std::atomic_int pagesDone{0};
    QString error;
    QThread* worker = QThread::create([&] {
        error = writer.render(std::move(content), summary, path, [&](int, int) {
            ++pagesDone;
            return !cancel.load();
        });
    });
    worker->start();
    // Pages have no known count until laid out: the bar pulses meanwhile.
    progress.setRange(0, 0);
    while (!worker->wait(QDeadlineTimer(50))) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (progress.wasCanceled())
            cancel = true;
    }
    delete worker;
    return error;
}

QString withSuffix(QString path, const QString& suffix)
{
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

} // namespace

QString CampaignSummaryTab::defaultFileName(const QString& extension) const
{
    QString name = QStringLiteral("synthese-enquete-%1").arg(m_campaign.year);
    if (relayId() != 0)
        name += QLatin1Char('-') + slug(m_relay->currentText());
    return name + QLatin1Char('.') + extension;
}

void CampaignSummaryTab::exportPdf()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the summary as PDF"),
        QDir(documents).filePath(defaultFileName(QStringLiteral("pdf"))), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("pdf"));
    const auto summary = computeForExport(this, m_context, request(true));
    if (!summary)
        return;

    QProgressDialog progress(tr("Writing the summary…"), tr("Cancel"), 0, 0, this);
    progress.setObjectName(QStringLiteral("summaryPdfProgress"));
    progress.setWindowTitle(tr("Export the summary"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    SummaryPdfWriter writer;
    writer.setIdentity(m_context.serviceIdentity());
    const QString error = writePdf(writer, *summary, path, progress);
    const bool cancelled = progress.wasCanceled();
    progress.hide();
    if (cancelled) {
        MessageBox::information(this, tr("Export the summary"),
                                tr("The export was cancelled: no file was written."));
        return;
    }
    if (!error.isEmpty()) {
        MessageBox::critical(this, tr("Export the summary"),
                             tr("The summary could not be written to « %1 »: %2\nChoose another folder "
                                "or close the file if another program has it open, then try again.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    AuditService(m_context).logExport(QStringLiteral("survey_summary"), 1, path); // issue 5
    if (MessageBox::ask(
            this, QMessageBox::Information, tr("Export the summary"),
            tr("The summary was written to « %1 ». Open it now?").arg(QDir::toNativeSeparators(path)),
            MessageBox::Yes | MessageBox::No, MessageBox::No) == MessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void CampaignSummaryTab::exportJson()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(
        this, tr("Export the summary as JSON"),
        QDir(documents).filePath(defaultFileName(QStringLiteral("json"))), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    path = withSuffix(path, QStringLiteral("json"));
    const auto summary = computeForExport(this, m_context, request(true));
    if (!summary)
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(surveySummaryToJson(*summary)) < 0 || !file.commit()) {
        MessageBox::critical(this, tr("Export the summary"),
                             tr("The summary could not be written to « %1 »: %2\nChoose another folder "
                                "and try again.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    AuditService(m_context).logExport(QStringLiteral("survey_summary"), 1, path); // issue 5
    MessageBox::information(this, tr("Export the summary"),
                            tr("The summary was written to « %1 ».").arg(QDir::toNativeSeparators(path)));
}

} // namespace parcours
