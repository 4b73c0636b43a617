#pragma once

#include "CsvTable.h"
#include "ImportReport.h"
#include "PmiColumn.h"

#include <QHash>
#include <QWizard>

namespace parcours {

class AppContext;

// Fichier > Importer une liste PMI… in four steps: choose the file; check
// the detected encoding and separator and map each column (pre-filled by the
// header matcher, unrecognised headers highlighted); read what a dry run
// would do; import, off the GUI thread with a cancellable progress dialog, and
// read the final report. Nothing is written before the last step, and a
// cancelled import writes nothing at all.
class ImportWizard : public QWizard
{
    Q_OBJECT
  public:
    enum PageId { FilePage, MappingPage, DryRunPage, ResultPage };

    explicit ImportWizard(AppContext& context, QWidget* parent = nullptr);

    // Reads and checks the whole file, keeping only its header and first
    // records for the preview (the import reads it again, record by record:
    // a national list is not held in memory). On failure returns false and
    // sets *error.
    bool loadFile(const QString& path, QString* error);
    // Header, encoding, separator and the first kPreviewRecords records.
    const CsvTable& preview() const { return m_preview; }
    int recordCount() const { return m_recordCount; }
    static constexpr int kPreviewRecords = 20;
    QString path() const { return m_path; }

    QHash<int, PmiColumn> mapping() const { return m_mapping; }
    void setMapping(const QHash<int, PmiColumn>& mapping) { m_mapping = mapping; }

    // Runs the importer; false when cancelled or failed (the user was told).
    bool runImport(bool dryRun, ImportReport& report);

  signals:
    void imported();

  private:
    AppContext& m_context;
    QString m_path;
    CsvTable m_preview;
    int m_recordCount = 0;
    QHash<int, PmiColumn> m_mapping;
};

} // namespace parcours
