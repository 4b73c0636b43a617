#include "ChangePasswordDialog.h"

#include "AppContext.h"
#include "AuthService.h"
#include "DomainError.h"
#include "NewPasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

ChangePasswordDialog::ChangePasswordDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_current(new QLineEdit(this)),
      m_password(new NewPasswordFields(this)), m_error(new QLabel(this))
{
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
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
    m_password->addRows(form, tr("&New password:"));
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
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::update);
    connect(m_password, &NewPasswordFields::edited, this, &ChangePasswordDialog::update);
    update();
    setMinimumWidth(480);
}

void ChangePasswordDialog::fill(const QString& current, const QString& password, const QString& confirmation)
{
    m_current->setText(current);
    m_password->fill(password, confirmation);
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->text();
}

void ChangePasswordDialog::update()
{
    const bool passwordOk = m_password->check(m_context.session().login);
    m_error->setText(m_password->mismatch());
    m_ok->setEnabled(!m_current->text().isEmpty() && passwordOk);
}

void ChangePasswordDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    try {
        AuthService(m_context).changeOwnPassword(m_current->text(), m_password->password());
    } catch (const DomainError& error) {
        m_error->setText(error.message());
        m_current->selectAll();
        m_current->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parcours
