#include "HistoryTab.h"

#include "AuditService.h"
#include "DomainError.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { When, User, Action, Record, Field, Change, ColumnCount };
}

HistoryTab::HistoryTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(this)), m_status(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("User"), tr("Action"), tr("Record"), tr("Field"), tr("Old → new value")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
}

void HistoryTab::setPerson(qint64 personId)
{
    m_personId = personId;
    m_stale = true;
    if (isVisible())
        refresh();
}

void HistoryTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HistoryTab::refresh()
{
    m_stale = false;
    m_table->setRowCount(0);
    if (m_personId == 0) {
        m_status->setText(tr("The history starts when the record is first saved."));
        return;
    }
    QList<AuditEntry> entries;
    try {
        entries = AuditService(m_context).historyOf(m_personId);
    } catch (const DomainError& e) {
        m_status->setText(e.message());
        return;
    }
    m_status->setText(tr("Changes and accesses recorded: %1.").arg(entries.size()));
    m_table->setRowCount(int(entries.size()));
    // Newest at the top: what a coordinator looks for first.
    for (int i = 0; i < entries.size(); ++i) {
        const AuditEntry& e = entries[entries.size() - 1 - i];
        QString record = AuditService::entityLabel(e.entity);
        if (e.entity != QLatin1String("childminders") && e.entityId != 0)
            record += QStringLiteral(" #%1").arg(e.entityId);
        QString change;
        if (e.redacted)
            change = tr("(values removed by an anonymisation)");
        else if (e.action == QLatin1String("update"))
            change = e.oldValue + QStringLiteral(" → ") + e.newValue;
        else
            change = e.newValue;
        const QStringList cells = {
            e.atUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
            e.userLogin,
            AuditService::actionLabel(e.action),
            record,
            e.field.isEmpty() ? QString() : AuditService::fieldLabel(e.field),
            change,
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == Change && !e.oldValue.isEmpty())
                item->setToolTip(e.oldValue + QStringLiteral("\n→\n") + e.newValue);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace parcours
