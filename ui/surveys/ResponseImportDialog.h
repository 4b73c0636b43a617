#pragma once

#include "LimeImportResult.h"
#include "SurveyCampaign.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// « Importer des réponses LimeSurvey… » (issue 3, point 6): pick the CSV
// export, optionally name the column holding the reference code, see at once
// what a dry run finds — responses that would be imported, lines rejected
// (line, code, reason), columns ignored — then « Importer » stores them and
// shows the final report. Both runs go off the GUI thread (BackgroundTask).
class ResponseImportDialog : public QDialog
{
    Q_OBJECT
  public:
    enum Column { Kind, Line, Reference, Question, Reason, ColumnCount };

    ResponseImportDialog(AppContext& context, const SurveyCampaign& campaign, QWidget* parent = nullptr);

    // Sets the file (as if picked) and runs the dry run.
    void setFile(const QString& path);
    QString file() const;
    const LimeImportResult& result() const { return m_result; }
    bool hasImported() const { return m_imported; }
    QTableWidget* issues() const { return m_issues; }
    QLabel* report() const { return m_report; }

  public slots:
    void browse();
    // What an import would do; writes nothing. False when the file cannot be used.
    bool runDryRun();
    // Stores the responses; false when nothing was imported (error, cancel).
    bool importNow();

  signals:
    // Responses were stored: statuses, call lists and the summary changed.
    void campaignChanged();

  private:
    bool run(bool dryRun);
    void showResult(const LimeImportResult& result);

    AppContext& m_context;
    SurveyCampaign m_campaign;
    QLineEdit* m_path;
    QLineEdit* m_tokenColumn;
    QCheckBox* m_replace;
    QLabel* m_report;
    QTableWidget* m_issues;
    QPushButton* m_importButton;
    LimeImportResult m_result;
    bool m_dryRunDone = false;
    bool m_imported = false;
};

} // namespace parcours
