#include "PartnersPage.h"

#include "AppContext.h"
#include "PagerBar.h"
#include "PartnerEditor.h"
#include "PartnerService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { Name, Kind, Commune, Phone, Email, ColumnCount };
constexpr int kPageSize = 100;
} // namespace

PartnersPage::PartnersPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_kind(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_pager(new PagerBar(QStringLiteral("partner"), kPageSize, this))
{
    setObjectName(QStringLiteral("partnersPage"));
    auto* title = new QLabel(tr("Partners"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_kind->setObjectName(QStringLiteral("partnerKindFilter"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const auto kind : allPartnerKinds())
        m_kind->addItem(partnerKindLabel(kind), partnerKindKey(kind));
    m_search->setObjectName(QStringLiteral("partnerSearchEdit"));
    m_search->setPlaceholderText(tr("Search a name or a commune"));
    m_search->setClearButtonEnabled(true);
    auto* openButton = new QPushButton(tr("&Open"), this);
    openButton->setObjectName(QStringLiteral("openPartnerButton"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New partner"), this);
    newButton->setObjectName(QStringLiteral("newPartnerButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_kind);
    header->addWidget(m_search);
    header->addWidget(openButton);
    header->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Commune"), tr("Phone"), tr("Email")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::Stretch);
    m_table->setColumnWidth(Name, 320);
    m_table->setColumnWidth(Kind, 200);
    m_table->setColumnWidth(Commune, 160);
    m_table->setColumnWidth(Phone, 130);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_pager);

    // Typing waits a moment so each key does not run a query.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] {
        m_pager->reset();
        refresh();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_pager->reset();
        refresh();
    });
    connect(m_pager, &PagerBar::pageChanged, this, &PartnersPage::refresh);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int, int) { openCurrent(); });
    connect(openButton, &QPushButton::clicked, this, &PartnersPage::openCurrent);
    connect(newButton, &QPushButton::clicked, this, [this] { openEditor(0); });
}

void PartnersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PartnersPage::refresh()
{
    PartnerQuery query;
    query.kind = partnerKindFromKey(m_kind->currentData().toString());
    query.text = m_search->text();
    query.offset = m_pager->offset();
    query.limit = kPageSize;
    PartnerService service(m_context);
    const QList<Partner> partners = service.page(query);
    m_table->setRowCount(int(partners.size()));
    for (int row = 0; row < partners.size(); ++row) {
        const Partner& p = partners.at(row);
        auto* name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        if (!p.active)
            name->setToolTip(tr("No longer active"));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Kind, new QTableWidgetItem(partnerKindLabel(p.kind)));
        m_table->setItem(row, Commune, new QTableWidgetItem(p.communeName));
        m_table->setItem(row, Phone, new QTableWidgetItem(p.phone));
        m_table->setItem(row, Email, new QTableWidgetItem(p.email));
    }
    m_pager->setCounts(int(partners.size()), service.count(query));
}

void PartnersPage::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Name))
        return;
    openEditor(m_table->item(row, Name)->data(Qt::UserRole).toLongLong());
}

PartnerEditor* PartnersPage::openEditor(qint64 id)
{
    auto* editor = new PartnerEditor(m_context, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &PartnerEditor::saved, this, [this] {
        refresh();
        emit partnersChanged();
    });
    editor->open();
    return editor;
}

} // namespace parcours
