#include "NewPasswordFields.h"

#include "PasswordMeter.h"

#include <QFormLayout>
#include <QLineEdit>

namespace parcours {

namespace {
QLineEdit* hiddenEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

NewPasswordFields::NewPasswordFields(QWidget* dialog)
    : QObject(dialog), m_password(hiddenEdit(QStringLiteral("passwordEdit"), dialog)),
      m_confirmation(hiddenEdit(QStringLiteral("confirmationEdit"), dialog)),
      m_meter(new PasswordMeter(dialog))
{
    for (QLineEdit* edit : {m_password, m_confirmation})
        connect(edit, &QLineEdit::textChanged, this, &NewPasswordFields::edited);
}

void NewPasswordFields::addRows(QFormLayout* form, const QString& label)
{
    form->addRow(label, m_password);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Again:"), m_confirmation);
}

bool NewPasswordFields::check(const QString& login)
{
    m_meter->setPassword(m_password->text(), login);
    return m_meter->acceptable() && m_password->text() == m_confirmation->text();
}

QString NewPasswordFields::mismatch() const
{
    return !m_confirmation->text().isEmpty() && m_password->text() != m_confirmation->text()
               ? tr("The two passwords differ.")
               : QString();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

void NewPasswordFields::fill(const QString& password, const QString& confirmation)
{
    m_password->setText(password);
    m_confirmation->setText(confirmation);
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_confirmation->clear();
}

} // namespace parcours
