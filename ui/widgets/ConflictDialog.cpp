#include "ConflictDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { FieldColumn, MineColumn, TheirsColumn, ColumnCount };

// A radio button with the value beside it, in one cell: the choice and what it
// keeps read together.
QRadioButton* choiceCell(QTableWidget* table, int row, int column, const QString& value)
{
    auto* button = new QRadioButton(value.isEmpty() ? ConflictDialog::tr("(empty)") : value, table);
    button->setToolTip(value);
    table->setCellWidget(row, column, button);
    return button;
}
} // namespace

ConflictDialog::ConflictDialog(const QList<FieldConflict>& conflicts, QWidget* parent)
    : QDialog(parent), m_conflicts(conflicts), m_table(new QTableWidget(conflicts.size(), ColumnCount, this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else saved this file"));
    auto* intro = new QLabel(tr("Someone else saved this file while you were editing it. Nothing has been "
                                "overwritten: for each field below, choose the version to keep, then save. "
                                "Fields in bold were changed on both sides."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved version")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    for (int row = 0; row < conflicts.size(); ++row) {
        const FieldConflict& conflict = conflicts[row];
        auto* label = new QTableWidgetItem(conflict.label);
        if (conflict.changedByBoth) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, label);
        auto* group = new QButtonGroup(this);
        group->addButton(choiceCell(m_table, row, MineColumn, conflict.mine), 1);
        group->addButton(choiceCell(m_table, row, TheirsColumn, conflict.theirs), 0);
        group->button(conflict.keepMine ? 1 : 0)->setChecked(true);
        m_choices.append(group);
    }

    auto* allMine = new QPushButton(tr("Keep all &mine"), this);
    auto* allTheirs = new QPushButton(tr("Keep all the &saved version"), this);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save my choices"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("saveChoicesButton"));
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* shortcuts = new QHBoxLayout;
    shortcuts->addWidget(allMine);
    shortcuts->addWidget(allTheirs);
    shortcuts->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(shortcuts);
    layout->addWidget(buttons);
    resize(760, 190 + 36 * qMin(int(conflicts.size()), 10));
}

QSet<QString> ConflictDialog::keptMine() const
{
    QSet<QString> keys;
    for (int row = 0; row < m_conflicts.size(); ++row)
        if (m_choices[row]->checkedId() == 1)
            keys.insert(m_conflicts[row].key);
    return keys;
}

void ConflictDialog::choose(const QString& key, bool keepMine)
{
    for (int row = 0; row < m_conflicts.size(); ++row)
        if (m_conflicts[row].key == key)
            m_choices[row]->button(keepMine ? 1 : 0)->setChecked(true);
}

void ConflictDialog::chooseAll(bool keepMine)
{
    for (QButtonGroup* group : m_choices)
        group->button(keepMine ? 1 : 0)->setChecked(true);
}

} // namespace parcours
