#include "MamSupportPanel.h"

#include "AppContext.h"
#include "Clock.h"
#include "DomainError.h"
#include "MamSupportDialog.h"
#include "MessageBox.h"
#include "RetentionService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QString dateText(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

MamSupportPanel::MamSupportPanel(AppContext& context, qint64 mamId, QWidget* parent)
    : QGroupBox(tr("Support"), parent), m_context(context), m_table(new QTableWidget(0, 5, this)),
      m_hint(new QLabel(this)), m_add(new QPushButton(tr("New ac&tion…"), this)),
      m_open(new QPushButton(tr("Op&en…"), this)), m_remove(new QPushButton(tr("De&lete"), this))
{
    setObjectName(QStringLiteral("mamSupportPanel"));
    m_table->setObjectName(QStringLiteral("supportTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Title"), tr("Status"), tr("Due"), tr("Documents")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setMaximumHeight(160);
    connect(m_table, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { openAction(m_table->item(row, 0)->data(Qt::UserRole).toLongLong()); });
    m_hint->setObjectName(QStringLiteral("supportHintLabel"));
    m_hint->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("newSupportButton"));
    m_open->setObjectName(QStringLiteral("openSupportButton"));
    m_remove->setObjectName(QStringLiteral("deleteSupportButton"));
    connect(m_add, &QPushButton::clicked, this, [this] { openAction(0); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (currentId() > 0)
            openAction(currentId());
    });
    connect(m_remove, &QPushButton::clicked, this, &MamSupportPanel::removeCurrent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    setMam(mamId);
}

void MamSupportPanel::setMam(qint64 mamId)
{
    m_mamId = mamId;
    m_add->setEnabled(mamId > 0);
    m_open->setEnabled(mamId > 0);
    m_remove->setEnabled(mamId > 0);
    m_hint->setText(mamId > 0 ? tr("Each action is saved as soon as its own window is saved.")
                              : tr("Save the MAM first, then record the support given to it."));
    refresh();
}

void MamSupportPanel::refresh()
{
    QList<MamSupportAction> actions;
    if (m_mamId > 0) {
        try {
            actions = RetentionService(m_context).supportActions(m_mamId);
        } catch (const DomainError& e) {
            MessageBox::warning(this, title(), e.message());
        }
    }
    m_table->setRowCount(int(actions.size()));
    for (int r = 0; r < actions.size(); ++r) {
        const auto& a = actions[r];
        const QStringList cells = {supportKindLabel(a.kind), a.title, supportStatusLabel(a.status),
                                   dateText(a.dueDate), QString::number(a.documents.size())};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
        m_table->item(r, 0)->setData(Qt::UserRole, a.id);
        m_table->item(r, 4)->setToolTip(a.documents.join(QLatin1Char('\n')));
    }
    m_table->resizeColumnsToContents();
}

qint64 MamSupportPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool MamSupportPanel::openAction(qint64 actionId)
{
    if (m_mamId <= 0)
        return false;
    MamSupportAction action;
    action.mamId = m_mamId;
    action.startDate = m_context.clock().today();
    if (actionId > 0) {
        for (const auto& a : RetentionService(m_context).supportActions(m_mamId))
            if (a.id == actionId)
                action = a;
    }
    MamSupportDialog dialog(m_context, action, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    return true;
}

void MamSupportPanel::removeCurrent()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    if (MessageBox::ask(
            this, QMessageBox::Question, tr("Delete the support action"),
            tr("Delete “%1”? This cannot be undone.").arg(m_table->item(m_table->currentRow(), 1)->text()),
            MessageBox::Yes | MessageBox::Cancel, MessageBox::Cancel) != MessageBox::Yes)
        return;
    try {
        RetentionService(m_context).removeSupportAction(id);
    } catch (const DomainError& e) {
        MessageBox::warning(this, title(), e.message());
        return;
    }
    refresh();
}

} // namespace parcours
