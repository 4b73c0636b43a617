#include "TimelineTab.h"

namespace parcours {

TimelineTab::TimelineTab(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("timelineTab"));
}

void TimelineTab::setPerson(qint64 personId)
{
    Q_UNUSED(personId);
}

} // namespace parcours
