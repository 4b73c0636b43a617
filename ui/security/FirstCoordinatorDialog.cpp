#include "FirstCoordinatorDialog.h"

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

FirstCoordinatorDialog::FirstCoordinatorDialog(AppContext& context, QWidget* parent,
                                               PasswordHashLimits limits)
    : QDialog(parent), m_context(context), m_limits(limits)
{
    setObjectName(QStringLiteral("firstCoordinatorDialog"));
    setWindowTitle(tr("First coordinator — Parcours Pro"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("This database has no user account yet. Create the first coordinator's account: "
                      "she will then add her colleagues' accounts (Tools > Users)."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_password = new NewPasswordFields(this);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    m_password->addRows(form, tr("&Password:"));
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("createError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create the account"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    connect(m_create, &QPushButton::clicked, this, &FirstCoordinatorDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_login, &QLineEdit::textChanged, this, &FirstCoordinatorDialog::update);
    connect(m_password, &NewPasswordFields::edited, this, &FirstCoordinatorDialog::update);
    update();
    setMinimumWidth(480);
}

void FirstCoordinatorDialog::fill(const QString& login, const QString& name, const QString& password,
                                  const QString& confirmation)
{
    m_login->setText(login);
    m_name->setText(name);
    m_password->fill(password, confirmation);
}

bool FirstCoordinatorDialog::canCreate() const
{
    return m_create->isEnabled();
}

QString FirstCoordinatorDialog::errorText() const
{
    return m_error->text();
}

void FirstCoordinatorDialog::update()
{
    const bool passwordOk = m_password->check(m_login->text().trimmed());
    m_error->setText(m_password->mismatch());
    m_create->setEnabled(!m_login->text().trimmed().isEmpty() && passwordOk);
}

void FirstCoordinatorDialog::create()
{
    if (!canCreate())
        return;
    try {
        AuthService(m_context, m_limits)
            .createFirstCoordinator(m_login->text(), m_name->text(), m_password->password());
        m_password->clear();
        accept();
    } catch (const DomainError& e) {
        m_error->setText(e.message());
    }
}

} // namespace parcours
