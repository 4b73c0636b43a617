#include "DashboardPage.h"

#include "AppContext.h"
#include "CareerPathsBox.h"
#include "Clock.h"
#include "StatTile.h"

#include <QColor>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QTableWidgetItem* numberItem(int value)
{
    auto* item = new QTableWidgetItem;
    // Numbers sort as numbers when the user clicks the header.
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void setUpTable(QTableWidget* table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
}
} // namespace

DashboardPage::DashboardPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_loader(new DashboardLoader(context, this)),
      m_dateLabel(new QLabel(this)), m_active(new StatTile(tr("Active childminders"), this)),
      m_places(new StatTile(tr("Places"), this)), m_over60(new StatTile(tr("Aged 60 or over"), this)),
      m_alertCount(new StatTile(tr("Alerts"), this)),
      m_coverage(new StatTile(tr("Annual contact %1").arg(context.clock().today().year()), this)),
      m_noContact(new StatTile(tr("No contact for 12 months"), this))
{
    m_active->setObjectName(QStringLiteral("activeTile"));
    m_places->setObjectName(QStringLiteral("placesTile"));
    m_over60->setObjectName(QStringLiteral("over60Tile"));
    m_alertCount->setObjectName(QStringLiteral("alertTile"));
    m_coverage->setObjectName(QStringLiteral("coverageTile"));
    m_noContact->setObjectName(QStringLiteral("noContactTile"));
    const QList<StatTile*> allTiles{m_active, m_places, m_over60, m_alertCount, m_coverage, m_noContact};

    auto* title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_dateLabel);

    auto* tiles = new QHBoxLayout;
    for (StatTile* tile : allTiles)
        tiles->addWidget(tile);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildRelayBox());
    splitter->addWidget(buildAlertBox());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({450, 590});
    splitter->setChildrenCollapsible(false);
    auto* columns = new QSplitter(Qt::Vertical, this);
    columns->addWidget(splitter);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(buildFollowUpBox());
    m_careerPaths = new CareerPathsBox(this);
    lower->addWidget(m_careerPaths);
    lower->setStretchFactor(0, 4);
    lower->setStretchFactor(1, 5);
    lower->setSizes({450, 590});
    lower->setChildrenCollapsible(false);
    columns->addWidget(lower);
    connect(m_careerPaths, &CareerPathsBox::childminderRequested, this, &DashboardPage::childminderRequested);
    connect(m_careerPaths, &CareerPathsBox::isolationRequested, this, &DashboardPage::isolationRequested);
    connect(m_careerPaths, &CareerPathsBox::funnelRequested, this, &DashboardPage::funnelRequested);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(tiles);
    layout->addWidget(columns, 1);
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardPage::display);
    for (StatTile* tile : allTiles)
        tile->setValue(QStringLiteral("…"), tr("Calculating…"));
    refresh();
}

QWidget* DashboardPage::buildRelayBox()
{
    auto* box = new QGroupBox(tr("By relay (RPE)"), this);
    m_relays = new QTableWidget(0, 3, box);
    m_relays->setObjectName(QStringLiteral("relayBreakdownTable"));
    m_relays->setHorizontalHeaderLabels({tr("Relay"), tr("Active"), tr("Places")});
    setUpTable(m_relays);
    m_relays->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_relays->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_relays->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // The header's default indicator is descending: start from A.
    m_relays->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_relays);
    return box;
}

QWidget* DashboardPage::buildAlertBox()
{
    auto* box = new QGroupBox(tr("Alerts to follow up (double-click to open)"), this);
    m_alerts = new QTableWidget(0, 3, box);
    m_alerts->setObjectName(QStringLiteral("alertTable"));
    m_alerts->setHorizontalHeaderLabels({tr("Date"), tr("Person or MAM"), tr("Alert")});
    setUpTable(m_alerts);
    // Alert sentences are long: wrap them rather than cut them.
    m_alerts->setWordWrap(true);
    m_alerts->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alerts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_alerts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_alerts->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_alerts->setColumnWidth(1, 160);
    connect(m_alerts, &QTableWidget::cellActivated, this, [this](int row, int) { openAlert(row); });
    m_alertNote = new QLabel(box);
    m_alertNote->setObjectName(QStringLiteral("alertNote"));
    m_alertNote->setWordWrap(true);
    m_alertNote->hide();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_alerts);
    layout->addWidget(m_alertNote);
    return box;
}

QWidget* DashboardPage::buildFollowUpBox()
{
    auto* box = new QGroupBox(tr("Follow-ups of exchanges (double-click to open)"), this);
    m_followUps = new QTableWidget(0, 4, box);
    m_followUps->setObjectName(QStringLiteral("followUpTable"));
    m_followUps->setHorizontalHeaderLabels({tr("Due"), tr("Person"), tr("Action"), tr("Assigned to")});
    setUpTable(m_followUps);
    m_followUps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_followUps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_followUps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_followUps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_followUps->setColumnWidth(1, 200);
    m_followUps->setColumnWidth(3, 160);
    connect(m_followUps, &QTableWidget::cellActivated, this, [this](int row, int) { openFollowUp(row); });
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_followUps);
    return box;
}

void DashboardPage::refresh()
{
    m_dateLabel->setText(
        tr("Situation on %1").arg(m_context.clock().today().toString(QStringLiteral("dd/MM/yyyy"))));
    m_loader->start();
}

void DashboardPage::display(const DashboardLoader::Figures& figures)
{
    const QLocale locale;
    const RegisterStatistics& stats = figures.statistics;
    m_active->setValue(locale.toString(stats.activeChildminders),
                       tr("%Ln childminder(s) on file in all", nullptr, stats.totalChildminders));
    m_places->setValue(locale.toString(stats.places), tr("places in the agréments in force"));
    const double share = stats.activeChildminders > 0 ? 100.0 * stats.over60 / stats.activeChildminders : 0.0;
    m_over60->setValue(locale.toString(stats.over60),
                       tr("%1 % of active childminders").arg(locale.toString(share, 'f', 0)));

    m_relays->setSortingEnabled(false);
    m_relays->setRowCount(int(stats.byRelay.size()));
    for (int row = 0; row < stats.byRelay.size(); ++row) {
        const RelayBreakdownRow& r = stats.byRelay.at(row);
        auto* name = new QTableWidgetItem(r.relayId > 0 ? r.relayName : tr("No relay"));
        name->setToolTip(name->text());
        m_relays->setItem(row, 0, name);
        m_relays->setItem(row, 1, numberItem(r.activeChildminders));
        m_relays->setItem(row, 2, numberItem(r.places));
    }
    m_relays->setSortingEnabled(true);

    m_alertList = figures.alerts;
    fillAlerts();
    displayContacts(figures);
    if (!figures.error.isEmpty()) {
        m_alertNote->setText(tr("The figures could not be computed: %1").arg(figures.error));
        m_alertNote->show();
    }
}

void DashboardPage::fillAlerts()
{
    const int total = int(m_alertList.size());
    const int shown = qMin(total, kMaxShownAlerts);
    m_alertCount->setValue(QLocale().toString(total), tr("agréments, renewals and MAMs to check"));
    m_alerts->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const Alert& alert = m_alertList.at(row);
        auto* date = new QTableWidgetItem(
            alert.date.isValid() ? alert.date.toString(QStringLiteral("dd/MM/yyyy")) : tr("Now"));
        m_alerts->setItem(row, 0, date);
        m_alerts->setItem(row, 1, new QTableWidgetItem(alert.subject));
        auto* message = new QTableWidgetItem(alert.message);
        message->setToolTip(alert.message);
        m_alerts->setItem(row, 2, message);
    }
    m_alertNote->setText(tr("The %1 most urgent alerts are shown, out of %2.")
                             .arg(QLocale().toString(shown), QLocale().toString(total)));
    m_alertNote->setVisible(shown < total);
}

void DashboardPage::displayContacts(const DashboardLoader::Figures& figures)
{
    const QLocale locale;
    const CoverageRow& c = figures.coverage;
    m_coverage->setValue(tr("%1 %").arg(locale.toString(100.0 * c.rate(), 'f', 0)),
                         tr("%1 reached out of %2 active childminders")
                             .arg(locale.toString(c.reached), locale.toString(c.active)));
    m_noContact->setValue(locale.toString(figures.withoutContactForAYear),
                          tr("active childminders without a completed exchange"));

    m_careerPaths->display(figures, m_context.clock().today());
    m_followUpList = figures.followUps;
    m_followUps->setRowCount(int(m_followUpList.size()));
    const QDate today = m_context.clock().today();
    for (int row = 0; row < m_followUpList.size(); ++row) {
        const auto& f = m_followUpList.at(row);
        auto* due = new QTableWidgetItem(f.followUp.due.toString(QStringLiteral("dd/MM/yyyy")));
        if (f.followUp.due.isValid() && f.followUp.due < today) {
            due->setForeground(QColor(0xb3, 0x26, 0x1e));
            due->setToolTip(tr("Overdue"));
        }
        m_followUps->setItem(row, 0, due);
        m_followUps->setItem(row, 1, new QTableWidgetItem(f.person));
        auto* action = new QTableWidgetItem(f.followUp.action);
        action->setToolTip(f.followUp.action);
        m_followUps->setItem(row, 2, action);
        m_followUps->setItem(row, 3, new QTableWidgetItem(f.followUp.assignee));
    }
}

void DashboardPage::openFollowUp(int row)
{
    if (row >= 0 && row < m_followUpList.size() && m_followUpList.at(row).childminderId > 0)
        emit childminderRequested(m_followUpList.at(row).childminderId);
}

void DashboardPage::openAlert(int row)
{
    if (row < 0 || row >= m_alertList.size())
        return;
    const Alert& alert = m_alertList.at(row);
    if (alert.childminderId > 0)
        emit childminderRequested(alert.childminderId);
    else if (alert.mamId > 0)
        emit mamRequested(alert.mamId);
}

} // namespace parcours
