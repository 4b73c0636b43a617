#pragma once

#include "CsvTable.h"
#include "LimeImportResult.h"

#include <QCoreApplication>
#include <functional>

namespace parcours {

class AppContext;

struct LimeImportOptions
{
    // The column holding her reference code ("2026-AB12CD"): a header or a
    // question code. Empty means LimeSurvey's "token" column; anonymous
    // surveys have none and ask for the code as a question instead.
    QString tokenColumn;
    bool dryRun = false;
    // Replace a response she already has that staff typed. Without it such
    // lines are skipped. An earlier online answer is always replaced by a
    // later one.
    bool replaceExisting = false;
};

// Imports a LimeSurvey response export (CSV) into a campaign (issue 3,
// point 6). Each line is matched to a childminder by her reference code;
// incomplete responses, unknown codes and answers the questionnaire refuses
// are rejected with their line; when she answered twice the later submission
// counts. The valid responses are stored in one transaction, with their
// consequences (status "responded", contact history, follow-ups), so a failure
// leaves the campaign as it was.
class LimeResponseImporter
{
    Q_DECLARE_TR_FUNCTIONS(LimeResponseImporter)

  public:
    // Called after each stored response; returning false cancels (and rolls back).
    using Progress = std::function<bool(int done, int total)>;

    explicit LimeResponseImporter(AppContext& context) : m_context(context) {}
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }

    // Throw DomainError, with nothing written, when the file cannot be read
    // as CSV (empty, a workbook, not text), has no reference-code column, no
    // column matching the questionnaire, or no line; when the campaign is
    // unknown; and (after the rollback) when storing fails or is cancelled.
    LimeImportResult importFile(qint64 campaignId, const QString& path, const LimeImportOptions& options);
    LimeImportResult importData(qint64 campaignId, const QByteArray& bytes, const LimeImportOptions& options);
    LimeImportResult importTable(qint64 campaignId, const CsvTable& table, const LimeImportOptions& options);

  private:
    AppContext& m_context;
    Progress m_progress;
};

} // namespace parcours
