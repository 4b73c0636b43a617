#include "PromotionActionsTab.h"

#include "AppContext.h"
#include "DateLineEdit.h"
#include "PagerBar.h"
#include "PromotionActionEditor.h"
#include "PromotionService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { Date, Kind, Title, Place, Audience, Partners, ColumnCount };
constexpr int kPageSize = 100;
} // namespace

PromotionActionsTab::PromotionActionsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_from(new DateLineEdit(this)), m_to(new DateLineEdit(this)),
      m_kind(new QComboBox(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_pager(new PagerBar(QStringLiteral("action"), kPageSize, this))
{
    setObjectName(QStringLiteral("promotionActionsTab"));
    m_from->setObjectName(QStringLiteral("actionFromEdit"));
    m_to->setObjectName(QStringLiteral("actionToEdit"));
    m_kind->setObjectName(QStringLiteral("actionKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const auto kind : allPromotionActionKinds())
        m_kind->addItem(promotionActionKindLabel(kind), promotionActionKindKey(kind));
    auto* openButton = new QPushButton(tr("&Open"), this);
    openButton->setObjectName(QStringLiteral("openActionButton"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New action"), this);
    newButton->setObjectName(QStringLiteral("newActionButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("From:"), this));
    header->addWidget(m_from);
    header->addWidget(new QLabel(tr("to:"), this));
    header->addWidget(m_to);
    header->addWidget(m_kind);
    header->addStretch(1);
    header->addWidget(openButton);
    header->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Title"), tr("Place"), tr("Audience"), tr("Partners")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_table->setColumnWidth(Date, 100);
    m_table->setColumnWidth(Kind, 220);
    m_table->setColumnWidth(Place, 150);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pager);

    auto restart = [this] {
        // Half-typed dates wait until they are whole.
        if (!m_from->isAcceptable() || !m_to->isAcceptable())
            return;
        m_pager->reset();
        refresh();
    };
    connect(m_from, &QLineEdit::textChanged, this, restart);
    connect(m_to, &QLineEdit::textChanged, this, restart);
    connect(m_kind, &QComboBox::currentIndexChanged, this, restart);
    connect(m_pager, &PagerBar::pageChanged, this, &PromotionActionsTab::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openCurrent(); });
    connect(openButton, &QPushButton::clicked, this, &PromotionActionsTab::openCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] { openEditor(0); });
}

void PromotionActionsTab::refresh()
{
    PromotionActionQuery query;
    query.from = m_from->date();
    query.to = m_to->date();
    query.kind = promotionActionKindFromKey(m_kind->currentData().toString());
    query.offset = m_pager->offset();
    query.limit = kPageSize;
    PromotionService service(m_context);
    const QList<PromotionAction> actions = service.page(query);
    m_table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const PromotionAction& a = actions.at(row);
        auto* date = new QTableWidgetItem(a.date.toString(QStringLiteral("dd/MM/yyyy")));
        date->setData(Qt::UserRole, a.id);
        m_table->setItem(row, Date, date);
        m_table->setItem(row, Kind, new QTableWidgetItem(promotionActionKindLabel(a.kind)));
        m_table->setItem(row, Title, new QTableWidgetItem(a.title));
        m_table->setItem(row, Place, new QTableWidgetItem(a.place));
        auto* audience = new QTableWidgetItem;
        audience->setData(Qt::DisplayRole, a.audience);
        audience->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Audience, audience);
        auto* partners = new QTableWidgetItem;
        partners->setData(Qt::DisplayRole, int(a.partnerIds.size()));
        partners->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Partners, partners);
    }
    m_pager->setCounts(int(actions.size()), service.count(query));
}

void PromotionActionsTab::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Date))
        return;
    openEditor(m_table->item(row, Date)->data(Qt::UserRole).toLongLong());
}

PromotionActionEditor* PromotionActionsTab::openEditor(qint64 id)
{
    auto* editor = new PromotionActionEditor(m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PromotionActionEditor::saved, this, [this] {
        refresh();
        emit actionsChanged();
    });
    editor->open();
    return editor;
}

} // namespace parcours
