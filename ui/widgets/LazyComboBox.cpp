#include "LazyComboBox.h"

#include <QAbstractItemView>

namespace parcours {

void widenPopupToItems(QComboBox& combo)
{
    QAbstractItemView* view = combo.view();
    view->setMinimumWidth(view->sizeHintForColumn(0) + 2 * view->frameWidth() + 24);
}

LazyComboBox::LazyComboBox(QWidget* parent) : QComboBox(parent) {}

void LazyComboBox::setFiller(Filler fill)
{
    m_fill = std::move(fill);
    m_stale = true;
}

void LazyComboBox::ensureFilled()
{
    if (!m_stale || !m_fill)
        return;
    m_stale = false;
    m_fill(*this);
    widenPopupToItems(*this);
}

void LazyComboBox::showPopup()
{
    ensureFilled();
    QComboBox::showPopup();
}

void LazyComboBox::keyPressEvent(QKeyEvent* event)
{
    ensureFilled();
    QComboBox::keyPressEvent(event);
}

void LazyComboBox::wheelEvent(QWheelEvent* event)
{
    ensureFilled();
    QComboBox::wheelEvent(event);
}

} // namespace parcours
