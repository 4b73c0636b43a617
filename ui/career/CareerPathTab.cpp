#include "CareerPathTab.h"

namespace parcours {

CareerPathTab::CareerPathTab(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("careerPathTab"));
}

void CareerPathTab::setPerson(qint64 personId)
{
    Q_UNUSED(personId);
}

} // namespace parcours
