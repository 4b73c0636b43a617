#include "ResponseImportDialog.h"

#include "AppContext.h"
#include "BackgroundTask.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "FileDialog.h"
#include "LimeResponseImporter.h"
#include "MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace parcours {

ResponseImportDialog::ResponseImportDialog(AppContext& context, const SurveyCampaign& campaign,
                                           QWidget* parent)
    : QDialog(parent), m_context(context), m_campaign(campaign), m_path(new QLineEdit(this)),
      m_tokenColumn(new QLineEdit(this)),
      m_replace(new QCheckBox(tr("Replace responses already typed by the staff"), this)),
      m_report(new QLabel(this)), m_issues(new QTableWidget(0, ColumnCount, this)),
      m_importButton(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("responseImportDialog"));
    setWindowTitle(tr("Import LimeSurvey responses — survey %1").arg(campaign.year));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("LimeSurvey export, CSV format"));
    auto* browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    m_tokenColumn->setObjectName(QStringLiteral("importTokenColumn"));
    m_tokenColumn->setPlaceholderText(tr("token (LimeSurvey's own column)"));
    m_tokenColumn->setToolTip(tr("For an anonymous survey, the code of the question where people typed "
                                 "their reference code."));
    m_replace->setObjectName(QStringLiteral("importReplace"));
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setWordWrap(true);
    m_report->setText(tr("Choose the file: a dry run then shows what would be imported, before anything "
                         "is stored."));
    FieldErrorLabels::styleAsHint(m_report);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHorizontalHeaderLabels(
        {tr("What"), tr("Line"), tr("Reference code"), tr("Question"), tr("Reason")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setAlternatingRowColors(true);
    // One line per issue (the full reason in the tooltip): rows sized to
    // their text would cost seconds on a file with thousands of rejects.
    m_issues->setWordWrap(false);
    m_issues->verticalHeader()->hide();
    m_issues->verticalHeader()->setDefaultSectionSize(m_issues->fontMetrics().height() + 8);
    m_issues->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_importButton->setObjectName(QStringLiteral("importCommit"));
    m_importButton->setEnabled(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Reference code column:"), m_tokenColumn);
    form->addRow(QString(), m_replace);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report);
    layout->addWidget(m_issues, 1);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ResponseImportDialog::browse);
    connect(m_importButton, &QPushButton::clicked, this, &ResponseImportDialog::importNow);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // A new column or option changes what the import would do: check again.
    connect(m_tokenColumn, &QLineEdit::editingFinished, this, [this] {
        if (!file().isEmpty() && !m_imported)
            runDryRun();
    });
    connect(m_replace, &QCheckBox::toggled, this, [this] {
        if (!file().isEmpty() && !m_imported)
            runDryRun();
    });
    resize(900, 560);
}

QString ResponseImportDialog::file() const
{
    return m_path->text();
}

void ResponseImportDialog::setFile(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_imported = false;
    runDryRun();
}

void ResponseImportDialog::browse()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getOpenFileName(this, tr("Import LimeSurvey responses"), documents,
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ResponseImportDialog::runDryRun()
{
    return run(true);
}

bool ResponseImportDialog::importNow()
{
    if (!m_dryRunDone && !runDryRun())
        return false;
    return run(false);
}

bool ResponseImportDialog::run(bool dryRun)
{
    LimeImportOptions options;
    options.tokenColumn = m_tokenColumn->text().trimmed();
    options.dryRun = dryRun;
    options.replaceExisting = m_replace->isChecked();
    const QString path = QDir::fromNativeSeparators(file());
    const qint64 campaignId = m_campaign.id;
    auto result = std::make_shared<LimeImportResult>();
    QString error;
    bool finished = false;
    try {
        finished = BackgroundTask::run(
            this, dryRun ? tr("Reading the responses…") : tr("Importing the responses…"), m_context,
            [=](AppContext& context, const BackgroundTask::Progress& progress) {
                LimeResponseImporter importer(context);
                importer.setProgressCallback(progress);
                *result = importer.importFile(campaignId, path, options);
            });
    } catch (const DomainError& e) {
        error = e.message();
        finished = true;
    }
    if (!finished)
        error = tr("The import was cancelled: nothing was stored.");
    if (!error.isEmpty()) {
        m_dryRunDone = false;
        m_result = {};
        m_issues->setRowCount(0);
        m_importButton->setEnabled(false);
        m_report->setText(dryRun ? tr("This file cannot be imported: %1").arg(error)
                                 : tr("Nothing was imported: %1").arg(error));
        FieldErrorLabels::styleAsError(m_report);
        return false;
    }
    m_result = *result;
    m_dryRunDone = dryRun;
    m_imported = !dryRun;
    showResult(m_result);
    if (!dryRun)
        emit campaignChanged();
    return true;
}

void ResponseImportDialog::showResult(const LimeImportResult& r)
{
    const int toStore = r.imported() + r.replaced();
    QStringList lines;
    if (r.dryRun) {
        lines << tr("Dry run — nothing has been stored yet.");
        lines << tr("%n new response(s) would be imported", nullptr, r.imported()) + QStringLiteral(", ") +
                     tr("%n would replace an earlier one", nullptr, r.replaced()) + QStringLiteral(", ") +
                     tr("%n follow-up(s) would be created.", nullptr, r.followUps());
    } else {
        lines << tr("%n new response(s) imported", nullptr, r.imported()) + QStringLiteral(", ") +
                     tr("%n replaced an earlier one", nullptr, r.replaced()) + QStringLiteral(", ") +
                     tr("%n follow-up(s) created for the coordinators.", nullptr, r.followUps());
    }
    lines << tr("%n line(s) rejected", nullptr, r.rejectedCount()) + QStringLiteral(", ") +
                 tr("%n skipped (she already has a response)", nullptr, r.skippedCount()) +
                 QStringLiteral(", ") +
                 tr("%n earlier answer(s) of people who answered twice", nullptr, int(r.duplicates.size())) +
                 QStringLiteral(", ") + tr("%n column(s) ignored.", nullptr, int(r.ignoredColumns.size()));
    if (r.dryRun && toStore > 0)
        lines << tr("Check the lines below, then press « Import ».");
    m_report->setText(lines.join(QLatin1Char('\n')));
    FieldErrorLabels::styleAsHint(m_report);

    struct Row
    {
        QString kind;
        LimeRowIssue issue;
    };
    QList<Row> rows;
    for (const LimeRowIssue& i : r.rejected)
        rows.append({tr("Rejected"), i});
    for (const LimeRowIssue& i : r.skipped)
        rows.append({tr("Skipped"), i});
    for (const LimeRowIssue& i : r.duplicates)
        rows.append({tr("Answered twice"), i});
    for (const LimeRowIssue& i : r.warnings)
        rows.append({tr("Remark"), i});
    for (const QString& column : r.ignoredColumns) {
        LimeRowIssue i;
        i.reason = column;
        rows.append({tr("Column ignored"), i});
    }
    m_issues->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const LimeRowIssue& i = rows.at(row).issue;
        const QStringList cells{rows.at(row).kind, i.line > 0 ? QString::number(i.line) : QString(),
                                i.reference, i.question, i.reason};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == Reason)
                item->setToolTip(cells.at(column));
            m_issues->setItem(row, column, item);
        }
    }
    m_importButton->setEnabled(r.dryRun && toStore > 0);
}

} // namespace parcours
