#include "PartnersPage.h"

namespace parcours {

PartnersPage::PartnersPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("partnersPage"));
}

} // namespace parcours
