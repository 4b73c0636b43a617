#include "StatTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace parcours {

StatTile::StatTile(const QString& title, QWidget* parent)
    : QFrame(parent), m_value(new QLabel(this)), m_caption(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("statTile"));
    // A light card look that survives any desktop theme.
    setStyleSheet(
        QStringLiteral("QFrame#statTile { background: palette(base); border: 1px solid palette(mid); "
                       "border-radius: 6px; }"));
    auto* heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    // Six tiles share the width of a 1280-pixel screen: long French headings wrap.
    heading->setWordWrap(true);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_caption->setWordWrap(true);
    m_caption->setObjectName(QStringLiteral("tileCaption"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    layout->addStretch(1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void StatTile::setValue(const QString& value, const QString& caption)
{
    m_value->setText(value);
    m_caption->setText(caption);
}

QString StatTile::value() const
{
    return m_value->text();
}

} // namespace parcours
