#include "ChildminderListPage.h"

#include "AppContext.h"
#include "ChildminderListModel.h"
#include "Clock.h"
#include "LazyComboBox.h"
#include "RelayService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours {

namespace {
// Table widths that fit the usual content at 1280 px without measuring every
// row (ResizeToContents would read the whole register).
constexpr int kColumnWidths[] = {130, 105, 165, 220, 140, 105, 105, 55};

// Presets for the end-of-validity filter: months from today; 0: already ended.
constexpr int kAnyEnd = -1;
} // namespace

ChildminderListPage::ChildminderListPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_service(context),
      m_model(new ChildminderListModel(m_service, context.clock(), this)), m_search(new QLineEdit(this)),
      m_relayFilter(new LazyComboBox(this)), m_statusFilter(new QComboBox(this)),
      m_endFilter(new QComboBox(this)), m_table(new QTableView(this)), m_countLabel(new QLabel(this)),
      m_openButton(new QPushButton(tr("&Open"), this)), m_searchTimer(new QTimer(this))
{
    m_model->setWatchMonths(context.rules().alertEndingWithinMonths);

    auto* title = new QLabel(tr("Childminders"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New childminder"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    m_openButton->setObjectName(QStringLiteral("openButton"));

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_countLabel, 0, Qt::AlignBottom);
    header->addStretch(1);
    header->addWidget(m_openButton);
    header->addWidget(newButton);

    m_table->setObjectName(QStringLiteral("childminderTable"));
    // Row heights are set before the model comes: set after, each of the
    // 250,000 rows of a national register would be resized one by one.
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view size 250,000 rows without asking for them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->sortByColumn(ChildminderListModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (int c = 0; c < ChildminderListModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, kColumnWidths[c]);
    m_table->horizontalHeader()->setSectionResizeMode(ChildminderListModel::Relay, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_table, 1);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ChildminderListPage::applyFiltersNow);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex&) { openCurrent(); });
    connect(m_openButton, &QPushButton::clicked, this, &ChildminderListPage::openCurrent);
    connect(newButton, &QPushButton::clicked, this, &ChildminderListPage::newRequested);
    // Sorted anew: back to the top, like new search results.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_table,
            &QTableView::scrollToTop);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChildminderListPage::updateButtons);
    updateCount();
    updateButtons();
}

QWidget* ChildminderListPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Name, commune or approval no. (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);

    m_relayFilter->setObjectName(QStringLiteral("relayFilter"));
    m_relayFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_relayFilter->setMinimumContentsLength(22);
    m_relayFilter->addItem(tr("All relays"), qint64(0));
    m_relayFilter->addItem(tr("No relay"), qint64(-1));
    m_relayFilter->setFiller([this](QComboBox& combo) { fillRelayFilter(combo); });

    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const auto status : allStatuses())
        m_statusFilter->addItem(statusLabel(status), statusKey(status));

    m_endFilter->setObjectName(QStringLiteral("endFilter"));
    m_endFilter->addItem(tr("Any end of validity"), kAnyEnd);
    for (const int months : {3, 6, 12})
        m_endFilter->addItem(tr("Agrément ends within %n month(s) or has ended", nullptr, months), months);
    m_endFilter->addItem(tr("Agrément has ended"), 0);

    // The combos must not size the window: their longest French item ("Agrément
    // se terminant d'ici 12 mois ou terminé") would push it past 1280 px. They
    // show what fits and their lists open wide enough for every item.
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_statusFilter->setMinimumContentsLength(16);
    m_endFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_endFilter->setMinimumContentsLength(24);
    for (QComboBox* combo : {m_statusFilter, m_endFilter})
        widenPopupToItems(*combo);

    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_relayFilter, 1);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_endFilter);

    for (QComboBox* combo : {static_cast<QComboBox*>(m_relayFilter), m_statusFilter, m_endFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ChildminderListPage::applyFiltersNow);
    return bar;
}

void ChildminderListPage::fillRelayFilter(QComboBox& combo)
{
    const qint64 current = combo.currentData().toLongLong();
    const QSignalBlocker blocker(&combo);
    combo.clear();
    combo.addItem(tr("All relays"), qint64(0));
    combo.addItem(tr("No relay"), qint64(-1));
    for (const auto& relay : RelayService(m_context).summaries())
        combo.addItem(relay.name, relay.id);
    const int index = combo.findData(current);
    combo.setCurrentIndex(index >= 0 ? index : 0);
}

ChildminderQuery ChildminderListPage::currentQuery() const
{
    ChildminderQuery query = m_model->query();
    query.offset = 0;
    query.limit = ChildminderListModel::kPageSize;
    return query;
}

void ChildminderListPage::applyFiltersNow()
{
    m_searchTimer->stop();
    ChildminderQuery filters;
    filters.text = m_search->text().trimmed();
    filters.relayId = m_relayFilter->currentData().toLongLong();
    if (const auto status = statusFromKey(m_statusFilter->currentData().toString()))
        filters.statuses = {*status};
    const int months = m_endFilter->currentData().toInt();
    if (months != kAnyEnd)
        filters.approvalEndingBefore = m_context.clock().today().addMonths(months);
    m_model->setFilters(filters);
    // New results start at the top; staying deep in the list would also make
    // the first query an OFFSET into hundreds of thousands of rows.
    m_table->scrollToTop();
}

void ChildminderListPage::refresh()
{
    // A reset would send the user back to the top after every save: keep her
    // place and, when it is still on screen, the person she had selected.
    const int scroll = m_table->verticalScrollBar()->value();
    const QModelIndex current = m_table->currentIndex();
    const qint64 selectedId = current.isValid() ? m_model->idAt(current.row()) : 0;
    // The relay list is read again at its next use; at once only when one
    // relay is chosen, whose name may just have changed.
    m_relayFilter->markStale();
    if (m_relayFilter->currentData().toLongLong() > 0)
        m_relayFilter->ensureFilled();
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    if (selectedId <= 0)
        return;
    // Only the rows on screen are looked at: the view fetches them anyway.
    const int first = qMax(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (m_model->idAt(row) == selectedId) {
            m_table->setCurrentIndex(m_model->index(row, current.column()));
            break;
        }
    }
}

void ChildminderListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ChildminderListPage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    if (const qint64 id = m_model->idAt(index.row()))
        emit openRequested(id);
}

void ChildminderListPage::updateCount()
{
    const int n = m_model->rowCount();
    m_countLabel->setText(tr("%Ln childminder(s)", nullptr, n));
}

void ChildminderListPage::updateButtons()
{
    m_openButton->setEnabled(m_table->currentIndex().isValid());
}

} // namespace parcours
