#include "RelayListPage.h"

#include "AppContext.h"
#include "CommuneDirectory.h"
#include "RelayEditor.h"
#include "RelayService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

RelayListPage::RelayListPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(0, 4, this))
{
    auto* title = new QLabel(tr("Relays (RPE)"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* openButton = new QPushButton(tr("&Open"), this);
    openButton->setObjectName(QStringLiteral("openRelayButton"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New relay"), this);
    newButton->setObjectName(QStringLiteral("newRelayButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(openButton);
    header->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("relayTable"));
    m_table->setHorizontalHeaderLabels({tr("Relay"), tr("Managing body"), tr("Territory"), tr("Staff")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 240);
    m_table->setColumnWidth(1, 200);
    m_table->setColumnWidth(3, 260);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openCurrent(); });
    connect(openButton, &QPushButton::clicked, this, &RelayListPage::openCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] { openEditor(0); });
    refresh();
}

QString RelayListPage::territoryText(const Relay& relay)
{
    const auto& directory = CommuneDirectory::builtin();
    QStringList parts;
    for (const auto& code : relay.epciCodes) {
        const auto epci = directory.epci(code);
        parts.append(epci ? epci->name : code);
    }
    if (!relay.communeCodes.isEmpty())
        parts.append(tr("%n other commune(s)", nullptr, int(relay.communeCodes.size())));
    return parts.isEmpty() ? tr("No territory yet") : parts.join(QStringLiteral(", "));
}

void RelayListPage::refresh()
{
    m_relays = RelayService(m_context).list();
    m_table->setRowCount(int(m_relays.size()));
    for (int row = 0; row < m_relays.size(); ++row) {
        const Relay& relay = m_relays.at(row);
        QStringList staff;
        for (const auto& member : relay.staff)
            staff.append(member.phone.isEmpty() ? member.name : tr("%1 (%2)").arg(member.name, member.phone));
        m_table->setItem(row, 0, new QTableWidgetItem(relay.name));
        m_table->setItem(row, 1, new QTableWidgetItem(relay.managingBody));
        m_table->setItem(row, 2, new QTableWidgetItem(territoryText(relay)));
        m_table->setItem(row, 3, new QTableWidgetItem(staff.join(QLatin1Char('\n'))));
    }
}

void RelayListPage::openCurrent()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_relays.size())
        openEditor(m_relays.at(row).id);
}

void RelayListPage::openEditor(qint64 id)
{
    auto* editor = new RelayEditor(m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &RelayEditor::saved, this, [this] {
        refresh();
        emit relaysChanged();
    });
    editor->open();
}

} // namespace parcours
