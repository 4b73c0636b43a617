#include "IsolationWatchTab.h"

namespace parcours {

IsolationWatchTab::IsolationWatchTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("isolationWatchTab"));
}

} // namespace parcours
