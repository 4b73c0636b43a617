#include "PasswordMeter.h"

#include "PasswordPolicy.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

namespace parcours {

PasswordMeter::PasswordMeter(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordMeter"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("passwordStrength"));
    m_bar->setRange(0, int(PasswordPolicy::kRequiredBits));
    m_bar->setTextVisible(true);
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("passwordReasons"));
    m_reasons->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_reasons);
    setPassword({}, {});
}

void PasswordMeter::setPassword(const QString& password, const QString& login)
{
    const PasswordAssessment a = PasswordPolicy::assess(password, login);
    m_acceptable = a.acceptable;
    const int bits = int(std::floor(a.bits));
    m_bar->setValue(std::min(bits, int(PasswordPolicy::kRequiredBits)));
    m_bar->setFormat(tr("%1 bits of the 80 required").arg(bits));
    // Colour as well as words: red while refused, green once accepted.
    m_bar->setStyleSheet(a.acceptable ? QStringLiteral("QProgressBar::chunk { background: #2e7d32; }")
                                      : QStringLiteral("QProgressBar::chunk { background: #c62828; }"));
    if (a.acceptable)
        m_reasons->setText(tr("This password is strong enough."));
    else if (password.isEmpty())
        m_reasons->setText(
            tr("At least 12 characters mixing lower-case letters, capitals, digits and symbols, "
               "14 characters of three of these kinds, or a passphrase of 7 words."));
    else
        m_reasons->setText(a.reasons.join(QLatin1Char('\n')));
}

QString PasswordMeter::reasonsText() const
{
    return m_reasons->text();
}

} // namespace parcours
