#include "CampaignPage.h"

#include "CallListTab.h"
#include "CampaignExportActions.h"
#include "CampaignPeopleModel.h"
#include "CampaignSummaryTab.h"
#include "CoverageTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace parcours {

CampaignPage::CampaignPage(AppContext& context, const SurveyCampaign& campaign, const QString& title,
                           QWidget* parent)
    : QWidget(parent), m_campaign(campaign), m_tabs(new QTabWidget(this)),
      m_callList(new CallListTab(context, campaign, m_tabs)),
      m_coverage(new CoverageTab(context, campaign, m_tabs)),
      m_summary(new CampaignSummaryTab(context, campaign, m_tabs))
{
    setObjectName(QStringLiteral("campaignPage"));
    auto* back = new QPushButton(tr("← All campaigns"), this);
    back->setObjectName(QStringLiteral("backToCampaignsButton"));
    back->setToolTip(tr("Back to the list of campaigns (Alt+Left)"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    heading->setTextFormat(Qt::PlainText);
    heading->setText(title);
    auto* header = new QHBoxLayout;
    header->addWidget(heading);
    header->addStretch(1);
    // Invitations (letters, email list) and the online responses' import.
    const auto actions = CampaignExportActions::create(context, campaign, this, [this] {
        m_callList->model()->refresh();
        markStale();
        emit changed();
    });
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button);
    }
    header->addWidget(back);

    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_tabs->addTab(m_callList, tr("Call list"));
    m_tabs->addTab(m_coverage, tr("Coverage"));
    m_tabs->addTab(m_summary, tr("Summary"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &CampaignPage::backRequested);
    connect(m_callList, &CallListTab::openChildminderRequested, this,
            &CampaignPage::openChildminderRequested);
    connect(m_callList, &CallListTab::changed, this, [this] {
        // The coverage and the summary are recomputed when looked at, not after every call.
        markStale();
        emit changed();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &CampaignPage::refreshShownTab);
}

void CampaignPage::markStale()
{
    m_coverageStale = true;
    m_summaryStale = true;
    refreshShownTab(); // the tab on screen now, if it is one of them
}

void CampaignPage::refreshShownTab()
{
    if (m_tabs->currentWidget() == m_coverage && m_coverageStale) {
        m_coverageStale = false;
        m_coverage->refresh();
    }
    if (m_tabs->currentWidget() == m_summary && m_summaryStale) {
        m_summaryStale = false;
        m_summary->refresh();
    }
}

} // namespace parcours
