#include "CareerPathsBox.h"

#include "Obligation.h"

#include <QHeaderView>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {

QTableWidget* makeTable(int columns, const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* numberItem(int value)
{
    auto* item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* percentItem(double share)
{
    auto* item =
        new QTableWidgetItem(CareerPathsBox::tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', 0)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

CareerPathsBox::CareerPathsBox(QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)),
      m_deadlines(makeTable(4, {tr("Deadline"), tr("Person"), tr("Commune"), tr("Obligation")},
                            QStringLiteral("deadlineTable"), this)),
      m_isolation(makeTable(4, {tr("Relay"), tr("Isolated"), tr("Active"), tr("Share")},
                            QStringLiteral("isolationTable"), this)),
      m_funnel(makeTable(3, {tr("Stage"), tr("Prospects"), tr("From the previous stage")},
                         QStringLiteral("funnelTable"), this))
{
    setObjectName(QStringLiteral("careerPathsBox"));
    m_tabs->setObjectName(QStringLiteral("careerPathsTabs"));
    m_deadlines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_deadlines->setColumnWidth(1, 200);
    m_deadlines->setColumnWidth(2, 150);
    m_isolation->setColumnWidth(0, 260);
    m_funnel->setColumnWidth(0, 260);
    m_tabs->addTab(m_deadlines, tr("Training deadlines"));
    m_tabs->addTab(m_isolation, tr("Isolation watch"));
    m_tabs->addTab(m_funnel, tr("Prospects (12 months)"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_deadlines, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_deadlinePeople.size())
            emit childminderRequested(m_deadlinePeople.at(row));
    });
    connect(m_isolation, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_isolationRelays.size())
            emit isolationRequested(m_isolationRelays.at(row));
    });
    connect(m_funnel, &QTableWidget::cellActivated, this, [this] { emit funnelRequested(); });
}

void CareerPathsBox::display(const DashboardLoader::Figures& figures, QDate today)
{
    displayDeadlines(figures, today);
    displayIsolation(figures);
    displayFunnel(figures);
}

void CareerPathsBox::displayDeadlines(const DashboardLoader::Figures& figures, QDate today)
{
    m_tabs->setTabText(0, tr("Training deadlines (%1)").arg(QLocale().toString(figures.deadlineCount)));
    m_deadlinePeople.clear();
    m_deadlines->setRowCount(int(figures.deadlines.size()));
    for (int row = 0; row < figures.deadlines.size(); ++row) {
        const DueDeadlineRow& d = figures.deadlines.at(row);
        m_deadlinePeople.append(d.childminderId);
        auto* date = new QTableWidgetItem(d.deadline.toString(QStringLiteral("dd/MM/yyyy")));
        if (d.deadline < today) {
            date->setForeground(QColor(0xb3, 0x26, 0x1e));
            date->setToolTip(tr("Overdue"));
        }
        m_deadlines->setItem(row, 0, date);
        m_deadlines->setItem(row, 1, new QTableWidgetItem(d.name));
        m_deadlines->setItem(row, 2, new QTableWidgetItem(d.communeName));
        m_deadlines->setItem(row, 3, new QTableWidgetItem(obligationKindLabel(d.kind)));
    }
}

void CareerPathsBox::displayIsolation(const DashboardLoader::Figures& figures)
{
    int isolated = 0;
    for (const RelayIsolationRow& r : figures.isolation)
        isolated += r.isolated;
    m_tabs->setTabText(1, tr("Isolation watch (%1)").arg(QLocale().toString(isolated)));
    m_isolationRelays.clear();
    m_isolation->setRowCount(int(figures.isolation.size()));
    for (int row = 0; row < figures.isolation.size(); ++row) {
        const RelayIsolationRow& r = figures.isolation.at(row);
        m_isolationRelays.append(r.relayId);
        m_isolation->setItem(row, 0, new QTableWidgetItem(r.relayId > 0 ? r.relayName : tr("No relay")));
        m_isolation->setItem(row, 1, numberItem(r.isolated));
        m_isolation->setItem(row, 2, numberItem(r.active));
        m_isolation->setItem(row, 3, percentItem(r.active > 0 ? double(r.isolated) / r.active : 0.0));
    }
}

void CareerPathsBox::displayFunnel(const DashboardLoader::Figures& figures)
{
    const FunnelSeries& overall = figures.funnel.overall;
    m_tabs->setTabText(2, tr("Prospects, 12 months (%1)").arg(QLocale().toString(overall.total)));
    m_funnel->setRowCount(int(overall.stages.size()));
    for (int row = 0; row < overall.stages.size(); ++row) {
        const FunnelStageRow& s = overall.stages.at(row);
        m_funnel->setItem(row, 0, new QTableWidgetItem(prospectStageLabel(s.stage)));
        m_funnel->setItem(row, 1, numberItem(s.reached));
        m_funnel->setItem(row, 2, row == 0 ? new QTableWidgetItem : percentItem(s.conversion));
    }
}

} // namespace parcours
