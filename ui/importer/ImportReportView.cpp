#include "ImportReportView.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_issues(new QTableWidget(0, 3, this))
{
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_issues->setObjectName(QStringLiteral("issueTable"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Outcome"), tr("Reason")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(true);
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_issues, 1);
}

void ImportReportView::setReport(const ImportReport& report)
{
    QStringList lines;
    lines << tr("%n new childminder(s)", nullptr, report.created)
          << tr("%n file(s) updated", nullptr, report.updated)
          << tr("%n file(s) unchanged", nullptr, report.unchanged)
          << tr("%n line(s) rejected", nullptr, int(report.rejected.size()));
    QString text = lines.join(QStringLiteral(" · "));
    if (report.absent() > 0)
        text += QLatin1Char('\n') +
                tr("%n working childminder(s) on file are not on this list. Nothing was deleted: check "
                   "whether they stopped.",
                   nullptr, report.absent());
    m_summary->setText(text);

    m_issues->setRowCount(0);
    auto add = [this](const ImportIssue& issue, const QString& outcome) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issue.line);
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, new QTableWidgetItem(outcome));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.message));
    };
    for (const auto& issue : report.rejected)
        add(issue, tr("Rejected"));
    for (const auto& issue : report.warnings)
        add(issue, tr("Imported, to check"));
    m_issues->setVisible(m_issues->rowCount() > 0);
}

} // namespace parcours
