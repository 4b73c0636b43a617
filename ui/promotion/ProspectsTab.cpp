#include "ProspectsTab.h"

#include "AppContext.h"
#include "PagerBar.h"
#include "ProspectEditor.h"
#include "ProspectService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { Name, Commune, Stage, StageDate, Channel, FirstContact, ColumnCount };
constexpr int kPageSize = 100;

QString display(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}
} // namespace

ProspectsTab::ProspectsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_stage(new QComboBox(this)), m_channel(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_pager(new PagerBar(QStringLiteral("prospect"), kPageSize, this))
{
    setObjectName(QStringLiteral("prospectsTab"));
    m_stage->setObjectName(QStringLiteral("prospectStageFilter"));
    m_stage->addItem(tr("All stages"), QString());
    for (const auto stage : allProspectStages())
        m_stage->addItem(prospectStageLabel(stage), prospectStageKey(stage));
    m_channel->setObjectName(QStringLiteral("prospectChannelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const auto channel : allProspectChannels())
        m_channel->addItem(prospectChannelLabel(channel), prospectChannelKey(channel));
    m_search->setObjectName(QStringLiteral("prospectSearchEdit"));
    m_search->setPlaceholderText(tr("Search a name, commune, email or phone"));
    m_search->setClearButtonEnabled(true);
    auto* openButton = new QPushButton(tr("&Open"), this);
    openButton->setObjectName(QStringLiteral("openProspectButton"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New prospect"), this);
    newButton->setObjectName(QStringLiteral("newProspectButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_stage);
    header->addWidget(m_channel);
    header->addWidget(m_search, 1);
    header->addWidget(openButton);
    header->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("prospectTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Commune"), tr("Stage"), tr("Since"), tr("Channel"), tr("First contact")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FirstContact, QHeaderView::Stretch);
    m_table->setColumnWidth(Name, 240);
    m_table->setColumnWidth(Commune, 160);
    m_table->setColumnWidth(Stage, 200);
    m_table->setColumnWidth(Channel, 180);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pager);

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    auto restart = [this] {
        m_pager->reset();
        refresh();
    };
    connect(searchDelay, &QTimer::timeout, this, restart);
    connect(m_stage, &QComboBox::currentIndexChanged, this, restart);
    connect(m_channel, &QComboBox::currentIndexChanged, this, restart);
    connect(m_pager, &PagerBar::pageChanged, this, &ProspectsTab::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openCurrent(); });
    connect(openButton, &QPushButton::clicked, this, &ProspectsTab::openCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] { openEditor(0); });
}

void ProspectsTab::refresh()
{
    ProspectQuery query;
    query.stage = prospectStageFromKey(m_stage->currentData().toString());
    query.channel = prospectChannelFromKey(m_channel->currentData().toString());
    query.text = m_search->text();
    query.offset = m_pager->offset();
    query.limit = kPageSize;
    ProspectService service(m_context);
    const QList<Prospect> prospects = service.page(query);
    m_table->setRowCount(int(prospects.size()));
    for (int row = 0; row < prospects.size(); ++row) {
        const Prospect& p = prospects.at(row);
        auto* name = new QTableWidgetItem(p.displayName());
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Commune, new QTableWidgetItem(p.communeName));
        QString stage = prospectStageLabel(p.stage);
        if (p.childminderId > 0)
            stage = tr("%1 (in the register)").arg(stage);
        auto* stageItem = new QTableWidgetItem(stage);
        if (p.stage == ProspectStage::Dropped)
            stageItem->setToolTip(p.droppedReason);
        m_table->setItem(row, Stage, stageItem);
        m_table->setItem(row, StageDate, new QTableWidgetItem(display(p.stageDate)));
        m_table->setItem(row, Channel, new QTableWidgetItem(prospectChannelLabel(p.channel)));
        m_table->setItem(row, FirstContact, new QTableWidgetItem(display(p.firstContact)));
    }
    m_pager->setCounts(int(prospects.size()), service.count(query));
}

void ProspectsTab::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Name))
        return;
    openEditor(m_table->item(row, Name)->data(Qt::UserRole).toLongLong());
}

ProspectEditor* ProspectsTab::openEditor(qint64 id)
{
    auto* editor = new ProspectEditor(m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ProspectEditor::saved, this, [this] {
        refresh();
        emit prospectsChanged();
    });
    connect(editor, &ProspectEditor::openChildminderRequested, this, &ProspectsTab::openChildminderRequested);
    editor->open();
    return editor;
}

} // namespace parcours
