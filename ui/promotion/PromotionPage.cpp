#include "PromotionPage.h"

namespace parcours {

PromotionPage::PromotionPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("promotionPage"));
}

} // namespace parcours
