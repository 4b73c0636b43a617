#include "ChildminderExport.h"

#include "AppContext.h"
#include "BackgroundTask.h"
#include "ChildminderExporter.h"
#include "DomainError.h"
#include "FileDialog.h"
#include "Logging.h"
#include "MessageBox.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace parcours {

int ChildminderExport::run(QWidget* parent, AppContext& context, const ChildminderQuery& query)
{
    const QString csvFilter = tr("CSV for Excel (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosenFilter;
    QString path = FileDialog::getSaveFileName(parent, tr("Export the list"),
                                               QDir(documents).filePath(tr("childminders.csv")),
                                               csvFilter + QStringLiteral(";;") + jsonFilter, &chosenFilter);
    if (path.isEmpty())
        return -1;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        suffix = chosenFilter == jsonFilter ? QStringLiteral("json") : QStringLiteral("csv");
        path += QLatin1Char('.') + suffix;
    }
    const ExportFormat format = suffix == QLatin1String("json") ? ExportFormat::Json : ExportFormat::Csv;

    int written = 0;
    try {
        const bool finished =
            BackgroundTask::run(parent, tr("Exporting the list…"), context,
                                [&](AppContext& worker, const BackgroundTask::Progress& progress) {
                                    written =
                                        ChildminderExporter(worker).exportTo(path, format, query, progress);
                                });
        if (!finished) {
            MessageBox::information(parent, tr("Export cancelled"),
                                    tr("The export was cancelled: no file was written."));
            return -1;
        }
    } catch (const DomainError& error) {
        logWarning(QStringLiteral("export failed"));
        MessageBox::critical(parent, tr("Export failed"), error.message());
        return -1;
    }
    logInfo(QStringLiteral("exported %1 childminders").arg(written));
    MessageBox::information(
        parent, tr("Export finished"),
        tr("%Ln childminder(s) exported to %1.", nullptr, written).arg(QDir::toNativeSeparators(path)));
    return written;
}

} // namespace parcours
