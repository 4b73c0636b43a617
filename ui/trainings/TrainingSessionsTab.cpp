#include "TrainingSessionsTab.h"

namespace parcours {

TrainingSessionsTab::TrainingSessionsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("trainingSessionsTab"));
}

} // namespace parcours
