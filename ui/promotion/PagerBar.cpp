#include "PagerBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <algorithm>

namespace parcours {

PagerBar::PagerBar(const QString& prefix, int pageSize, QWidget* parent)
    : QWidget(parent), m_pageSize(pageSize), m_label(new QLabel(this)),
      m_previous(new QPushButton(tr("< Previous"), this)), m_next(new QPushButton(tr("Next >"), this))
{
    m_label->setObjectName(prefix + QStringLiteral("PageLabel"));
    m_previous->setObjectName(prefix + QStringLiteral("PreviousButton"));
    m_next->setObjectName(prefix + QStringLiteral("NextButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_offset = std::max(0, m_offset - m_pageSize);
        emit pageChanged();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_offset + m_pageSize < m_total) {
            m_offset += m_pageSize;
            emit pageChanged();
        }
    });
}

void PagerBar::setCounts(int shown, int total)
{
    m_total = total;
    const QLocale locale;
    if (total == 0)
        m_label->setText(tr("Nothing to show."));
    else
        m_label->setText(tr("%1–%2 of %3")
                             .arg(locale.toString(m_offset + 1), locale.toString(m_offset + shown),
                                  locale.toString(total)));
    m_previous->setEnabled(m_offset > 0);
    m_next->setEnabled(m_offset + shown < total);
}

} // namespace parcours
