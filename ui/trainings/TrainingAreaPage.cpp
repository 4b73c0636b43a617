#include "TrainingAreaPage.h"

#include "CollectiveActivitiesTab.h"
#include "IsolationWatchTab.h"
#include "TrainingCatalogueTab.h"
#include "TrainingSessionsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace parcours {

TrainingAreaPage::TrainingAreaPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_sessions(new TrainingSessionsTab(context, this)),
      m_catalogue(new TrainingCatalogueTab(context, this)),
      m_activities(new CollectiveActivitiesTab(context, this)),
      m_isolation(new IsolationWatchTab(context, this))
{
    setObjectName(QStringLiteral("trainingAreaPage"));
    m_tabs->setObjectName(QStringLiteral("trainingAreaTabs"));
    m_tabs->addTab(m_sessions, tr("&Sessions"));
    m_tabs->addTab(m_catalogue, tr("&Catalogue"));
    m_tabs->addTab(m_activities, tr("Collective &activities"));
    m_tabs->addTab(m_isolation, tr("&Isolation watch"));
    connect(m_catalogue, &TrainingCatalogueTab::coursesChanged, m_sessions, &TrainingSessionsTab::reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

} // namespace parcours
