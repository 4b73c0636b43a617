#include "ChildminderApprovalsTab.h"

#include "AppContext.h"
#include "FieldErrorLabels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace parcours {

namespace {
enum Column { Number, Start, End, Places, Place, Status, Events, ColumnCount };

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}
} // namespace

ChildminderApprovalsTab::ChildminderApprovalsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(0, ColumnCount, this)),
      m_hint(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("approvalTable"));
    m_table->setHorizontalHeaderLabels({tr("Number"), tr("From"), tr("Until"), tr("Places"),
                                        tr("Place of practice"), tr("Status"), tr("Decisions")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Events, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChildminderApprovalsTab::updateButtons);

    m_hint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(m_hint);

    using Kind = ApprovalDecisionDialog::Kind;
    auto* actions = new QHBoxLayout;
    m_firstGrant = addAction(QStringLiteral("firstGrantButton"), tr("First agrément…"), Kind::FirstGrant);
    m_renew = addAction(QStringLiteral("renewButton"), tr("Renewal…"), Kind::Renewal);
    m_modify = addAction(QStringLiteral("modifyButton"), tr("Modification…"), Kind::Modification);
    m_suspend = addAction(QStringLiteral("suspendButton"), tr("Suspension…"), Kind::Suspension);
    m_withdraw = addAction(QStringLiteral("withdrawButton"), tr("Withdrawal…"), Kind::Withdrawal);
    for (QPushButton* button : {m_firstGrant, m_renew, m_modify, m_suspend, m_withdraw})
        actions->addWidget(button);
    actions->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    layout->addLayout(actions);
    updateButtons();
}

QPushButton* ChildminderApprovalsTab::addAction(const QString& name, const QString& label,
                                                ApprovalDecisionDialog::Kind kind)
{
    auto* button = new QPushButton(label, this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, [this, kind] { startDecision(kind); });
    return button;
}

void ChildminderApprovalsTab::setApprovals(qint64 personId, const QList<Approval>& approvals)
{
    m_personId = personId;
    m_approvals = approvals;
    std::reverse(m_approvals.begin(), m_approvals.end());
    m_table->setRowCount(int(m_approvals.size()));
    for (int row = 0; row < m_approvals.size(); ++row) {
        const Approval& a = m_approvals.at(row);
        const QStringList cells = {a.number,
                                   dateText(a.startDate),
                                   dateText(a.endDate),
                                   QString::number(a.places),
                                   placeLabel(a.placeOfPractice),
                                   approvalStatusLabel(a.status),
                                   eventsText(a)};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, Places)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!m_approvals.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

QString ChildminderApprovalsTab::eventsText(const Approval& approval)
{
    QStringList lines;
    for (const auto& event : approval.events) {
        QString line = tr("%1 on %2").arg(eventKindLabel(event.kind), dateText(event.date));
        if (event.endDate.isValid())
            line += tr(" until %1").arg(dateText(event.endDate));
        if (event.kind == ApprovalEventKind::Modification && event.places > 0)
            line += tr(", %n place(s)", nullptr, event.places);
        if (!event.details.isEmpty())
            line += tr(" (%1)").arg(event.details);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

Approval ChildminderApprovalsTab::targetApproval() const
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_approvals.size())
        return m_approvals.at(row);
    return m_approvals.isEmpty() ? Approval{} : m_approvals.front();
}

void ChildminderApprovalsTab::updateButtons()
{
    const bool saved = m_personId > 0;
    const bool any = !m_approvals.isEmpty();
    const Approval target = targetApproval();
    const bool inForce =
        any && (target.status == ApprovalStatus::Active || target.status == ApprovalStatus::Suspended);
    m_firstGrant->setEnabled(saved && !any);
    m_renew->setEnabled(saved && any);
    m_modify->setEnabled(saved && inForce);
    m_suspend->setEnabled(saved && inForce);
    m_withdraw->setEnabled(saved && inForce);
    if (!saved)
        m_hint->setText(tr("Save her file first; you can then record her agréments here."));
    else if (!any)
        m_hint->setText(tr("No agrément on file. Record her first agrément when the PMI service grants it."));
    else
        m_hint->setText(tr("Modification, suspension and withdrawal apply to the agrément selected above."));
}

ApprovalDecisionDialog* ChildminderApprovalsTab::startDecision(ApprovalDecisionDialog::Kind kind)
{
    if (m_personId <= 0)
        return nullptr;
    auto* dialog = new ApprovalDecisionDialog(m_context, kind, m_personId, targetApproval(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ChildminderApprovalsTab::approvalsChanged);
    dialog->open();
    return dialog;
}

} // namespace parcours
