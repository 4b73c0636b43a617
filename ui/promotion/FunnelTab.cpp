#include "FunnelTab.h"

#include "AppContext.h"
#include "DateLineEdit.h"
#include "FunnelChart.h"
#include "ProspectService.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
enum Column { Stage, Reached, Conversion, Share, ColumnCount };

QTableWidgetItem* figure(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

FunnelTab::FunnelTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_from(new DateLineEdit(this)), m_to(new DateLineEdit(this)),
      m_channel(new QComboBox(this)), m_perChannel(new QCheckBox(tr("One colour per channel"), this)),
      m_totals(new QLabel(this)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_chart(new QChartView(this))
{
    setObjectName(QStringLiteral("funnelTab"));
    m_from->setObjectName(QStringLiteral("funnelFromEdit"));
    m_to->setObjectName(QStringLiteral("funnelToEdit"));
    m_channel->setObjectName(QStringLiteral("funnelChannelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const auto channel : allProspectChannels())
        m_channel->addItem(prospectChannelLabel(channel), prospectChannelKey(channel));
    m_perChannel->setObjectName(QStringLiteral("funnelPerChannelCheck"));
    m_totals->setObjectName(QStringLiteral("funnelTotalsLabel"));
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("First contact from:"), this));
    header->addWidget(m_from);
    header->addWidget(new QLabel(tr("to:"), this));
    header->addWidget(m_to);
    header->addWidget(m_channel);
    header->addWidget(m_perChannel);
    header->addStretch(1);

    m_table->setObjectName(QStringLiteral("funnelTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Prospects"), tr("From the previous stage"), tr("Of all prospects")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The figures' headers are long in French: their columns fit them.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Stage, QHeaderView::Stretch);
    m_table->setMinimumWidth(520);
    m_chart->setObjectName(QStringLiteral("funnelChartView"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(300);

    auto* body = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_totals);
    left->addWidget(m_table, 1);
    body->addLayout(left, 1);
    body->addWidget(m_chart, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    auto update = [this] {
        if (m_from->isAcceptable() && m_to->isAcceptable())
            refresh();
    };
    connect(m_from, &QLineEdit::textChanged, this, update);
    connect(m_to, &QLineEdit::textChanged, this, update);
    connect(m_channel, &QComboBox::currentIndexChanged, this, update);
    connect(m_perChannel, &QCheckBox::toggled, this, update);
}

void FunnelTab::refresh()
{
    m_report = ProspectService(m_context).funnel(m_from->date(), m_to->date(),
                                                 prospectChannelFromKey(m_channel->currentData().toString()));
    const FunnelSeries& s = m_report.overall;
    m_totals->setText(tr("%n prospect(s), of whom %1 dropped out.", nullptr, s.total).arg(s.dropped));
    m_table->setRowCount(int(s.stages.size()));
    for (int row = 0; row < s.stages.size(); ++row) {
        const FunnelStageRow& stage = s.stages.at(row);
        m_table->setItem(row, Stage, new QTableWidgetItem(prospectStageLabel(stage.stage)));
        auto* reached = figure(QString::number(stage.reached));
        reached->setData(Qt::UserRole, stage.reached);
        m_table->setItem(row, Reached, reached);
        m_table->setItem(row, Conversion,
                         figure(row == 0
                                    ? QStringLiteral("–")
                                    : funnelPercent(stage.conversion, s.stages.at(row - 1).reached > 0)));
        m_table->setItem(row, Share, figure(funnelPercent(stage.shareOfTotal, s.total > 0)));
    }
    QChart* previous = m_chart->chart();
    m_chart->setChart(buildFunnelChart(m_report, m_perChannel->isChecked()));
    // QChartView does not delete the chart it is given a replacement for.
    delete previous;
}

} // namespace parcours
