#include "CoverageTab.h"

#include "FieldErrorLabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

namespace {
QString withShare(int count, int total)
{
    if (total <= 0)
        return QString::number(count);
    return CoverageTab::tr("%1 (%2 %)").arg(count).arg(QLocale().toString(100.0 * count / total, 'f', 0));
}
} // namespace

CoverageTab::CoverageTab(AppContext& context, const SurveyCampaign& campaign, QWidget* parent)
    : QWidget(parent), m_loader(new CoverageLoader(context, campaign, this)), m_note(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("coverageTab"));
    m_note->setObjectName(QStringLiteral("coverageNote"));
    m_note->setWordWrap(true);
    m_note->setText(tr("“Reached in %1” counts the working childminders of the RPE with at least one "
                       "completed exchange this year (annual contact); the other columns count the "
                       "people in the campaign.")
                        .arg(campaign.year));
    FieldErrorLabels::styleAsHint(m_note);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setHorizontalHeaderLabels({tr("RPE"), tr("In the campaign"),
                                        tr("Reached in %1").arg(campaign.year), tr("Responded"),
                                        tr("To contact")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Relay, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_loader, &CoverageLoader::loaded, this, &CoverageTab::display);
    // Computed when first looked at (CampaignPage), not on every campaign opened.
}

void CoverageTab::refresh()
{
    m_loader->start();
}

void CoverageTab::display(const CoverageLoader::Result& result)
{
    if (!result.error.isEmpty()) {
        FieldErrorLabels::styleAsError(m_note);
        m_note->setText(tr("The coverage could not be computed: %1").arg(result.error));
        m_table->setRowCount(0);
        return;
    }
    m_table->setRowCount(int(result.lines.size()));
    for (int row = 0; row < result.lines.size(); ++row) {
        const CoverageLoader::Line& line = result.lines.at(row);
        const QStringList cells{line.relay, QString::number(line.inScope),
                                withShare(line.reached, line.active), withShare(line.responded, line.inScope),
                                QString::number(line.toContact)};
        const bool total = row == result.lines.size() - 1;
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > Relay)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace parcours
