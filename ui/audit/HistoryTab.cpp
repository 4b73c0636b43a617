#include "HistoryTab.h"

namespace parcours {

HistoryTab::HistoryTab(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context) {}

void HistoryTab::setPerson(qint64 personId)
{
    m_personId = personId;
}

} // namespace parcours
