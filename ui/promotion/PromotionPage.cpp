#include "PromotionPage.h"

#include "FunnelTab.h"
#include "PromotionActionsTab.h"
#include "ProspectsTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace parcours {

PromotionPage::PromotionPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_prospects(new ProspectsTab(context, m_tabs)), m_actions(new PromotionActionsTab(context, m_tabs)),
      m_funnel(new FunnelTab(context, m_tabs))
{
    setObjectName(QStringLiteral("promotionPage"));
    auto* title = new QLabel(tr("Promotion of the profession"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_tabs->setObjectName(QStringLiteral("promotionTabs"));
    m_tabs->addTab(m_prospects, tr("Prospects"));
    m_tabs->addTab(m_actions, tr("Actions"));
    m_tabs->addTab(m_funnel, tr("Funnel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_prospects, &ProspectsTab::openChildminderRequested, this,
            &PromotionPage::openChildminderRequested);
    // Stages change the funnel; a new action appears in the prospect editor's list.
    connect(m_prospects, &ProspectsTab::prospectsChanged, m_funnel, &FunnelTab::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_funnel)
            m_funnel->refresh();
        else if (m_tabs->widget(index) == m_actions)
            m_actions->refresh();
        else
            m_prospects->refresh();
    });
}

void PromotionPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PromotionPage::refresh()
{
    m_prospects->refresh();
    m_actions->refresh();
    m_funnel->refresh();
}

void PromotionPage::showFunnel()
{
    m_tabs->setCurrentWidget(m_funnel);
}

} // namespace parcours
