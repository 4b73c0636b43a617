#include "CollectiveActivitiesTab.h"

namespace parcours {

CollectiveActivitiesTab::CollectiveActivitiesTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("collectiveActivitiesTab"));
}

} // namespace parcours
