#include "IsolationWatchTab.h"

#include "AppContext.h"
#include "BackgroundTask.h"
#include "DomainError.h"
#include "IsolationService.h"
#include "MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QTableWidget* makeTable(int columns, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* number(int value)
{
    auto* item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString frenchDate(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

IsolationWatchTab::IsolationWatchTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_window(new QLabel(this)),
      m_relays(makeTable(4, {tr("RPE"), tr("Isolated"), tr("Working"), tr("Share")}, this)),
      m_people(makeTable(
          5, {tr("Name"), tr("Commune"), tr("Phone"), tr("Last activity"), tr("Last exchange")}, this)),
      m_peopleCount(new QLabel(this)), m_more(new QPushButton(tr("Show &more"), this))
{
    setObjectName(QStringLiteral("isolationWatchTab"));
    m_window->setObjectName(QStringLiteral("isolationWindowLabel"));
    m_window->setWordWrap(true);
    m_relays->setObjectName(QStringLiteral("isolationRelayTable"));
    m_people->setObjectName(QStringLiteral("isolatedPeopleTable"));
    m_people->setToolTip(tr("Double-click to open her file."));
    m_peopleCount->setObjectName(QStringLiteral("isolatedCountLabel"));
    m_more->setObjectName(QStringLiteral("moreIsolatedButton"));
    m_more->hide();
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshIsolationButton"));
    connect(refreshButton, &QPushButton::clicked, this, &IsolationWatchTab::refresh);
    connect(m_relays, &QTableWidget::currentCellChanged, this, [this](int row) { showRelay(row); });
    connect(m_people, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        emit openChildminderRequested(m_people->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_more, &QPushButton::clicked, this, [this] { loadPeople(true); });

    auto* top = new QHBoxLayout;
    top->addWidget(m_window, 1);
    top->addWidget(refreshButton);
    auto* peopleBox = new QWidget(this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_peopleCount, 1);
    bottom->addWidget(m_more);
    auto* peopleLayout = new QVBoxLayout(peopleBox);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_people, 1);
    peopleLayout->addLayout(bottom);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_relays);
    splitter->addWidget(peopleBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void IsolationWatchTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void IsolationWatchTab::refresh()
{
    m_loaded = true;
    const qint64 selected = m_relayId;
    QList<RelayIsolationRow> rows;
    try {
        // One pass over the register: a second or so at national scale.
        if (!BackgroundTask::run(this, tr("Counting isolated childminders…"), m_context,
                                 [&rows](AppContext& context, const BackgroundTask::Progress&) {
                                     rows = IsolationService(context).byRelay();
                                 }))
            return;
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Isolation watch"), e.message());
        return;
    }
    m_rows = rows;
    const IsolationService isolation(m_context);
    m_window->setText(
        tr("Working childminders with no collective activity, no participation in their RPE and "
           "no completed exchange since %1 (%n month(s)).",
           nullptr, m_context.rules().isolationMonths)
            .arg(frenchDate(isolation.windowStart())));
    const QLocale locale;
    m_relays->blockSignals(true);
    m_relays->setRowCount(int(rows.size()));
    int selectRow = rows.isEmpty() ? -1 : 0;
    for (int r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        auto* name = new QTableWidgetItem(row.relayId == 0 ? tr("No RPE") : row.relayName);
        name->setData(Qt::UserRole, row.relayId);
        m_relays->setItem(r, 0, name);
        m_relays->setItem(r, 1, number(row.isolated));
        m_relays->setItem(r, 2, number(row.active));
        auto* share = new QTableWidgetItem(
            row.active > 0 ? tr("%1 %").arg(locale.toString(100.0 * row.isolated / row.active, 'f', 1))
                           : QString());
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_relays->setItem(r, 3, share);
        if (row.relayId == selected)
            selectRow = r;
    }
    m_relays->resizeColumnsToContents();
    if (selectRow >= 0)
        m_relays->setCurrentCell(selectRow, 0);
    m_relays->blockSignals(false);
    showRelay(selectRow); // once, whether or not the current row moved
}

void IsolationWatchTab::showRelay(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        m_relayId = -1;
        m_people->setRowCount(0);
        m_peopleCount->setText(m_rows.isEmpty() ? tr("No working childminder on the register.") : QString());
        m_more->hide();
        return;
    }
    m_relayId = m_rows[row].relayId;
    m_relayIsolated = m_rows[row].isolated;
    loadPeople(false);
}

void IsolationWatchTab::loadPeople(bool append)
{
    if (m_relayId < 0)
        return;
    const int offset = append ? m_people->rowCount() : 0;
    QList<IsolatedPersonRow> people;
    try {
        people = IsolationService(m_context).isolated(m_relayId, offset, kPageSize);
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Isolation watch"), e.message());
        return;
    }
    if (!append)
        m_people->setRowCount(0);
    for (const auto& p : people) {
        const int r = m_people->rowCount();
        m_people->insertRow(r);
        auto* name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.childminderId);
        m_people->setItem(r, 0, name);
        m_people->setItem(r, 1, new QTableWidgetItem(p.communeName));
        m_people->setItem(r, 2, new QTableWidgetItem(p.phone));
        m_people->setItem(
            r, 3, new QTableWidgetItem(p.lastActivity.isValid() ? frenchDate(p.lastActivity) : tr("never")));
        m_people->setItem(
            r, 4, new QTableWidgetItem(p.lastContact.isValid() ? frenchDate(p.lastContact) : tr("never")));
    }
    m_people->resizeColumnsToContents();
    m_peopleCount->setText(
        tr("%1 of %n isolated childminder(s)", nullptr, m_relayIsolated).arg(m_people->rowCount()));
    m_more->setVisible(m_people->rowCount() < m_relayIsolated);
}

} // namespace parcours
