#include "CampaignListPage.h"

#include "AppContext.h"
#include "CampaignPage.h"
#include "CampaignService.h"
#include "CreateCampaignDialog.h"
#include "DomainError.h"
#include "FieldErrorLabels.h"
#include "MessageBox.h"
#include "QuestionnaireService.h"
#include "RelayService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours {

CampaignListPage::CampaignListPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("campaignListPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(buildList());
    // Counting every campaign's statuses takes a second on a national
    // register: done when the page is first shown, not when the window opens.
    m_stale = true;
}

void CampaignListPage::showEvent(QShowEvent* event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

QWidget* CampaignListPage::buildList()
{
    auto* list = new QWidget(m_stack);
    auto* title = new QLabel(tr("Survey campaigns"), list);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* newButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New campaign…"), list);
    newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_openButton = new QPushButton(tr("&Open"), list);
    m_openButton->setObjectName(QStringLiteral("openCampaignButton"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_openButton);
    header->addWidget(newButton);

    m_emptyHint =
        new QLabel(tr("No campaign yet. Each year's survey starts with “New campaign…”: choose the "
                      "year, the questionnaire and the RPEs concerned; the call list is then ready."),
                   list);
    m_emptyHint->setObjectName(QStringLiteral("noCampaignHint"));
    m_emptyHint->setWordWrap(true);
    FieldErrorLabels::styleAsHint(m_emptyHint);

    m_table = new QTableWidget(0, ColumnCount, list);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setHorizontalHeaderLabels({tr("Year"), tr("Questionnaire"), tr("Scope"), tr("People"),
                                        tr("To contact"), tr("Invited or reminded"), tr("Responded"),
                                        tr("Refused, unreachable, out of scope"), tr("Response rate")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Scope, QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(list);
    layout->addLayout(header);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_table, 1);

    connect(newButton, &QPushButton::clicked, this, &CampaignListPage::startNewCampaign);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_campaigns.size())
            openCampaign(m_campaigns.at(row).id);
    });
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* item) { openCampaign(m_campaigns.value(item->row()).id); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_openButton->setEnabled(m_table->currentRow() >= 0); });
    return list;
}

QString CampaignListPage::titleOf(const SurveyCampaign& campaign) const
{
    const auto questionnaire = QuestionnaireService(m_context).find(campaign.questionnaireId);
    if (!questionnaire)
        return tr("%1 campaign").arg(campaign.year);
    return tr("%1 campaign — %2, version %3")
        .arg(campaign.year)
        .arg(questionnaire->name)
        .arg(questionnaire->version);
}

QString CampaignListPage::scopeOf(const SurveyCampaign& campaign) const
{
    if (campaign.scopeRelayIds.isEmpty())
        return tr("All RPEs");
    QStringList names;
    for (const Relay& relay : RelayService(m_context).summaries())
        if (campaign.scopeRelayIds.contains(relay.id))
            names.append(relay.name);
    return names.join(QStringLiteral(", "));
}

void CampaignListPage::refresh()
{
    m_stale = false;
    m_table->setRowCount(0);
    try {
        const CampaignService service(m_context);
        const QuestionnaireService questionnaires(m_context);
        m_campaigns = service.campaigns();
        m_table->setRowCount(int(m_campaigns.size()));
        const QLocale locale;
        for (int row = 0; row < m_campaigns.size(); ++row) {
            const SurveyCampaign& campaign = m_campaigns.at(row);
            const auto counts = service.statusCounts(campaign.id);
            int people = 0;
            for (int count : counts)
                people += count;
            const int responded = counts.value(CampaignStatus::Responded);
            const int concerned = people - counts.value(CampaignStatus::OutOfScope);
            const auto questionnaire = questionnaires.find(campaign.questionnaireId);
            const QStringList cells{
                QString::number(campaign.year),
                questionnaire ? tr("%1 (v%2)").arg(questionnaire->name).arg(questionnaire->version)
                              : QString(),
                scopeOf(campaign),
                QString::number(people),
                QString::number(counts.value(CampaignStatus::ToContact)),
                QString::number(counts.value(CampaignStatus::Invited) +
                                counts.value(CampaignStatus::Reminded)),
                QString::number(responded),
                QString::number(counts.value(CampaignStatus::Refused) +
                                counts.value(CampaignStatus::Unreachable) +
                                counts.value(CampaignStatus::OutOfScope)),
                concerned > 0 ? tr("%1 %").arg(locale.toString(100.0 * responded / concerned, 'f', 0))
                              : QString()};
            for (int column = 0; column < ColumnCount; ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (column != Questionnaire && column != Scope)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(cells.at(column));
                m_table->setItem(row, column, item);
            }
        }
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The campaigns could not be read"), error.message());
    }
    m_emptyHint->setVisible(m_campaigns.isEmpty());
    m_openButton->setEnabled(m_table->currentRow() >= 0);
}

CreateCampaignDialog* CampaignListPage::startNewCampaign()
{
    auto* dialog = new CreateCampaignDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        refresh();
        openCampaign(dialog->created().id);
    });
    dialog->open();
    return dialog;
}

CampaignPage* CampaignListPage::openCampaign(qint64 campaignId)
{
    // Read again: the list may not have been shown (or counted) yet.
    QList<SurveyCampaign> campaigns;
    try {
        campaigns = CampaignService(m_context).campaigns();
    } catch (const DomainError& error) {
        MessageBox::critical(this, tr("The campaigns could not be read"), error.message());
        return nullptr;
    }
    const auto it = std::find_if(campaigns.cbegin(), campaigns.cend(),
                                 [campaignId](const SurveyCampaign& c) { return c.id == campaignId; });
    if (it == campaigns.cend())
        return nullptr;
    if (m_page) {
        m_stack->removeWidget(m_page);
        m_page->deleteLater();
    }
    m_page = new CampaignPage(m_context, *it, titleOf(*it), m_stack);
    connect(m_page, &CampaignPage::backRequested, this, &CampaignListPage::showList);
    connect(m_page, &CampaignPage::openChildminderRequested, this,
            &CampaignListPage::openChildminderRequested);
    connect(m_page, &CampaignPage::changed, this, &CampaignListPage::changed);
    m_stack->addWidget(m_page);
    m_stack->setCurrentWidget(m_page);
    return m_page;
}

void CampaignListPage::showList()
{
    refresh(); // the figures moved while the campaign was open
    m_stack->setCurrentIndex(0);
}

} // namespace parcours
