#include "TrainingCatalogueTab.h"

namespace parcours {

TrainingCatalogueTab::TrainingCatalogueTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("trainingCatalogueTab"));
}

} // namespace parcours
