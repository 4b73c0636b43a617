#include "CollectiveActivitiesTab.h"

#include "ActivityEditorDialog.h"
#include "AppContext.h"
#include "Clock.h"
#include "DateLineEdit.h"
#include "DomainError.h"
#include "MessageBox.h"
#include "RelayService.h"
#include "RetentionService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

CollectiveActivitiesTab::CollectiveActivitiesTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_from(new DateLineEdit(this)), m_to(new DateLineEdit(this)),
      m_relay(new QComboBox(this)), m_table(new QTableWidget(0, 6, this)), m_count(new QLabel(this)),
      m_more(new QPushButton(tr("Show &more"), this))
{
    setObjectName(QStringLiteral("collectiveActivitiesTab"));
    m_from->setObjectName(QStringLiteral("activitiesFromEdit"));
    m_to->setObjectName(QStringLiteral("activitiesToEdit"));
    // The last 18 months by default: what the isolation watch and funders look at.
    const QDate today = context.clock().today();
    m_from->setDate(today.addMonths(-18));
    m_relay->setObjectName(QStringLiteral("activitiesRelayCombo"));
    auto* apply = new QPushButton(tr("&Filter"), this);
    apply->setObjectName(QStringLiteral("filterActivitiesButton"));
    connect(apply, &QPushButton::clicked, this, [this] {
        m_shown = kPageSize;
        refresh();
    });
    connect(m_relay, qOverload<int>(&QComboBox::activated), this, [this] {
        m_shown = kPageSize;
        refresh();
    });

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to:"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("RPE:"), this));
    filters->addWidget(m_relay, 1);
    filters->addWidget(apply);

    m_table->setObjectName(QStringLiteral("activitiesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Title"), tr("RPE"), tr("Duration"), tr("Attendance")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openEditor(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()); });

    auto* add = new QPushButton(tr("&New activity…"), this);
    add->setObjectName(QStringLiteral("newActivityButton"));
    connect(add, &QPushButton::clicked, this, [this] { openEditor(0); });
    auto* edit = new QPushButton(tr("&Open…"), this);
    edit->setObjectName(QStringLiteral("editActivityButton"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (currentId() > 0)
            openEditor(currentId());
    });
    auto* remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("deleteActivityButton"));
    connect(remove, &QPushButton::clicked, this, &CollectiveActivitiesTab::removeCurrent);
    m_more->setObjectName(QStringLiteral("moreActivitiesButton"));
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_shown += kPageSize;
        refresh();
    });
    m_count->setObjectName(QStringLiteral("activitiesCountLabel"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    buttons->addWidget(m_more);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void CollectiveActivitiesTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void CollectiveActivitiesTab::reloadRelays()
{
    const qint64 current = m_relay->currentData().toLongLong();
    m_relay->clear();
    m_relay->addItem(tr("All RPEs"), qint64(0));
    for (const auto& relay : RelayService(m_context).summaries())
        m_relay->addItem(relay.name, relay.id);
    m_relay->setCurrentIndex(std::max(0, m_relay->findData(current)));
}

void CollectiveActivitiesTab::refresh()
{
    m_loaded = true;
    if (m_relay->count() == 0)
        reloadRelays();
    ActivityQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.relayId = m_relay->currentData().toLongLong();
    query.limit = m_shown;
    RetentionService service(m_context);
    QList<ActivityRow> rows;
    int total = 0;
    try {
        rows = service.activities(query);
        total = service.countActivities(query);
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Collective activities"), e.message());
    }
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CollectiveActivity& a = rows[r].activity;
        const QStringList cells = {a.date.toString(QStringLiteral("dd/MM/yyyy")),
                                   activityKindLabel(a.kind),
                                   a.title,
                                   rows[r].relayName,
                                   tr("%1 h").arg(locale.toString(a.hours, 'g', 4)),
                                   QString::number(rows[r].attendance)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c >= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        m_table->item(r, 0)->setData(Qt::UserRole, a.id);
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%1 of %n activity(ies)", nullptr, total).arg(rows.size()));
    m_more->setVisible(rows.size() < total);
}

qint64 CollectiveActivitiesTab::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool CollectiveActivitiesTab::openEditor(qint64 activityId)
{
    ActivityEditorDialog dialog(m_context, activityId, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    emit activitiesChanged();
    return true;
}

void CollectiveActivitiesTab::removeCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    const QString title = m_table->item(m_table->currentRow(), 2)->text();
    if (MessageBox::ask(this, QMessageBox::Question, tr("Delete the activity"),
                        tr("Delete “%1” and its attendance list? This cannot be undone.").arg(title),
                        MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel) != MessageBox::Yes)
        return;
    try {
        RetentionService(m_context).removeActivity(id);
    } catch (const DomainError& e) {
        MessageBox::warning(this, tr("Delete the activity"), e.message());
        return;
    }
    refresh();
    emit activitiesChanged();
}

} // namespace parcours
