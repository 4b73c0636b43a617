#include "FirstCoordinatorDialog.h"

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
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_meter = new PasswordMeter(this);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Again:"), m_confirmation);
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
    for (QLineEdit* edit : {m_login, m_password, m_confirmation})
        connect(edit, &QLineEdit::textChanged, this, &FirstCoordinatorDialog::update);
    update();
    setMinimumWidth(480);
}

void FirstCoordinatorDialog::fill(const QString& login, const QString& name, const QString& password,
                                  const QString& confirmation)
{
    m_login->setText(login);
    m_name->setText(name);
    m_password->setText(password);
    m_confirmation->setText(confirmation);
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
    m_meter->setPassword(m_password->text(), m_login->text().trimmed());
    const bool match = m_password->text() == m_confirmation->text();
    m_error->setText(!m_confirmation->text().isEmpty() && !match ? tr("The two passwords differ.")
                                                                 : QString());
    m_create->setEnabled(!m_login->text().trimmed().isEmpty() && m_meter->acceptable() && match);
}

void FirstCoordinatorDialog::create()
{
    if (!canCreate())
        return;
    try {
        AuthService(m_context, m_limits)
            .createFirstCoordinator(m_login->text(), m_name->text(), m_password->text());
        m_password->clear();
        m_confirmation->clear();
        accept();
    } catch (const DomainError& e) {
        m_error->setText(e.message());
    }
}

} // namespace parcours
