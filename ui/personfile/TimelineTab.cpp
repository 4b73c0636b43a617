#include "TimelineTab.h"

#include "AppContext.h"
#include "AuditService.h"
#include "DomainError.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PersonFilePdf.h"
#include "TimelineRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
constexpr int kLimit = 1000; // a long career has a few hundred lines
}

TimelineTab::TimelineTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_files(context), m_table(new QTableWidget(0, 4, this)),
      m_status(new QLabel(this)), m_print(new QPushButton(tr("&Print the file…"), this))
{
    setObjectName(QStringLiteral("timelineTab"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    for (auto category : allTimelineCategories()) {
        auto* box = new QCheckBox(timelineCategoryLabel(category), this);
        box->setObjectName(QStringLiteral("timelineFilter_") + timelineCategoryKey(category));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &TimelineTab::refresh);
        m_filters.insert(category, box);
        filters->addWidget(box);
    }
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Category"), tr("Event"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_status->setObjectName(QStringLiteral("timelineStatusLabel"));
    m_print->setObjectName(QStringLiteral("printPersonFileButton"));
    connect(m_print, &QPushButton::clicked, this, &TimelineTab::printFile);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_print);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    setPerson(0);
}

void TimelineTab::setObligationsProvider(PersonFileService::ObligationsProvider provider)
{
    m_files.setObligationsProvider(std::move(provider));
}

void TimelineTab::setPerson(qint64 personId)
{
    m_personId = personId;
    m_print->setEnabled(personId > 0);
    refresh();
}

QList<TimelineCategory> TimelineTab::checkedCategories() const
{
    QList<TimelineCategory> categories;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        if (it.value()->isChecked())
            categories.append(it.key());
    return categories;
}

void TimelineTab::refresh()
{
    m_table->setRowCount(0);
    if (m_personId <= 0) {
        m_status->setText(tr("Save her file first: her timeline starts with her first record."));
        return;
    }
    const QList<TimelineCategory> categories = checkedCategories();
    QList<TimelineEntry> entries;
    if (!categories.isEmpty()) { // none ticked: show nothing, not everything
        TimelineQuery query;
        query.childminderId = m_personId;
        query.categories = categories;
        query.limit = kLimit;
        try {
            entries = m_context.timeline().entries(query);
        } catch (const DomainError& e) {
            MessageBox::warning(this, tr("Timeline"), e.message());
        }
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const TimelineEntry& e = entries[row];
        const QStringList cells = {e.date.toString(QStringLiteral("dd/MM/yyyy")),
                                   timelineCategoryLabel(e.category), e.title, e.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 3)
                item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, e.sourceId);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(
        entries.size() >= kLimit
            ? tr("The %1 most recent lines are shown; the printed file has them all.").arg(kLimit)
            : tr("%n line(s)", nullptr, int(entries.size())));
}

void TimelineTab::printFile()
{
    if (m_personId <= 0)
        return;
    std::optional<PersonFile> file;
    try {
        file = m_files.build(m_personId);
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Print the file"), e.message());
        return;
    }
    if (!file)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("file-%1.pdf").arg(file->displayName.simplified().replace(QLatin1Char(' '), QLatin1Char('-'))));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Print the file"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    PersonFilePdf pdf;
    pdf.setIdentity(m_context.serviceIdentity());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = pdf.write(*file, path);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Print the file"), error);
        return;
    }
    AuditService(m_context).logExport(QStringLiteral("person_file"), 1, path); // issue 5
    m_status->setText(tr("File written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace parcours
