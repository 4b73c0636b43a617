#include "ChangePasswordDialog.h"

#include "AppContext.h"
#include "AuthService.h"
#include "DomainError.h"
#include "PasswordMeter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

namespace {
QLineEdit* passwordEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context),
      m_current(passwordEdit(QStringLiteral("currentPasswordEdit"), this)),
      m_password(passwordEdit(QStringLiteral("passwordEdit"), this)),
      m_confirmation(passwordEdit(QStringLiteral("confirmationEdit"), this)),
      m_meter(new PasswordMeter(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change my password"));
    auto* intro =
        new QLabel(tr("Signed in as %1. Type your current password, then the new one twice.")
                       .arg(context.session().displayName.isEmpty() ? context.session().login
                                                                    : context.session().displayName),
                   this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Again:"), m_confirmation);
    m_error->setObjectName(QStringLiteral("passwordError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("Change the password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_current, m_password, m_confirmation})
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::update);
    update();
    setMinimumWidth(480);
}

void ChangePasswordDialog::fill(const QString& current, const QString& password, const QString& confirmation)
{
    m_current->setText(current);
    m_password->setText(password);
    m_confirmation->setText(confirmation);
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->text();
}

void ChangePasswordDialog::update()
{
    m_meter->setPassword(m_password->text(), m_context.session().login);
    const bool match = m_password->text() == m_confirmation->text();
    m_error->setText(!m_confirmation->text().isEmpty() && !match ? tr("The two new passwords differ.")
                                                                 : QString());
    m_ok->setEnabled(!m_current->text().isEmpty() && m_meter->acceptable() && match);
}

void ChangePasswordDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    try {
        AuthService(m_context).changeOwnPassword(m_current->text(), m_password->text());
    } catch (const DomainError& error) {
        m_error->setText(error.message());
        m_current->selectAll();
        m_current->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parcours
