#include "UserEditDialog.h"

#include "NewPasswordFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours {

UserEditDialog::UserEditDialog(Mode mode, const QString& login, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userEditDialog"));
    setWindowTitle(mode == NewAccount ? tr("New user account") : tr("New password for %1").arg(login));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(login, this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (Role r : {Role::ContactStaff, Role::ReadOnly, Role::Coordinator})
        m_role->addItem(roleLabel(r), int(r));
    m_password = new NewPasswordFields(this);
    if (mode == NewAccount) {
        form->addRow(tr("&Login:"), m_login);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Role:"), m_role);
    } else {
        m_login->hide();
        m_name->hide();
        m_role->hide();
    }
    m_password->addRows(form, tr("&Password:"));
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_login, &QLineEdit::textChanged, this, &UserEditDialog::update);
    connect(m_password, &NewPasswordFields::edited, this, &UserEditDialog::update);
    update();
    setMinimumWidth(460);
}

QString UserEditDialog::login() const
{
    return m_login->text().trimmed();
}
QString UserEditDialog::displayName() const
{
    return m_name->text().trimmed();
}
Role UserEditDialog::role() const
{
    return Role(m_role->currentData().toInt());
}
QString UserEditDialog::password() const
{
    return m_password->password();
}

void UserEditDialog::fill(const QString& login, const QString& name, Role role, const QString& password)
{
    m_login->setText(login);
    m_name->setText(name);
    m_role->setCurrentIndex(m_role->findData(int(role)));
    m_password->fill(password, password);
}

void UserEditDialog::update()
{
    const bool passwordOk = m_password->check(login());
    m_error->setText(m_password->mismatch());
    m_ok->setEnabled(!login().isEmpty() && passwordOk);
}

} // namespace parcours
