#include "MamListPage.h"

#include "AppContext.h"
#include "Clock.h"
#include "MamEditor.h"
#include "MamService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { Name, Commune, Members, Places, MemberNames, ColumnCount };

QTableWidgetItem* numberItem(int value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

MamListPage::MamListPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(0, ColumnCount, this))
{
    auto* title = new QLabel(tr("MAM (Maisons d'Assistants Maternels)"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* openButton = new QPushButton(tr("&Open"), this);
    openButton->setObjectName(QStringLiteral("openMamButton"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New MAM"), this);
    newButton->setObjectName(QStringLiteral("newMamButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(openButton);
    header->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("mamTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Commune"), tr("Members today"), tr("Places today"), tr("Members")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSortIndicator(Name, Qt::AscendingOrder); // default is descending
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(MemberNames, QHeaderView::Stretch);
    m_table->setColumnWidth(Name, 260);
    m_table->setColumnWidth(Commune, 180);
    m_table->setColumnWidth(Members, 130);
    m_table->setColumnWidth(Places, 120);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openCurrent(); });
    connect(openButton, &QPushButton::clicked, this, &MamListPage::openCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] { openEditor(0); });
    refresh();
}

void MamListPage::refresh()
{
    const QDate today = m_context.clock().today();
    m_mams = MamService(m_context).list();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_mams.size()));
    for (int row = 0; row < m_mams.size(); ++row) {
        const Mam& mam = m_mams.at(row);
        QStringList names;
        for (const auto& member : mam.members)
            if (member.isMemberOn(today))
                names.append(member.displayName);
        auto* name = new QTableWidgetItem(mam.name);
        name->setData(Qt::UserRole, mam.id); // rows move when sorted: keep the id on the row
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Commune, new QTableWidgetItem(mam.communeName));
        m_table->setItem(row, Members, numberItem(mam.memberCountOn(today)));
        m_table->setItem(row, Places, numberItem(mam.childCapacityOn(today)));
        auto* members = new QTableWidgetItem(names.join(QStringLiteral(", ")));
        members->setToolTip(names.join(QLatin1Char('\n')));
        m_table->setItem(row, MemberNames, members);
    }
    m_table->setSortingEnabled(true);
}

void MamListPage::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Name))
        return;
    openEditor(m_table->item(row, Name)->data(Qt::UserRole).toLongLong());
}

void MamListPage::openEditor(qint64 id)
{
    auto* editor = new MamEditor(m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &MamEditor::saved, this, [this] {
        refresh();
        emit mamsChanged();
    });
    editor->open();
}

} // namespace parcours
