#include "LoginDialog.h"

#include "AppContext.h"
#include "AuthService.h"
#include "DomainError.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace parcours {

LoginDialog::LoginDialog(AppContext& context, QWidget* parent, PasswordHashLimits limits)
    : QDialog(parent), m_context(context), m_limits(limits)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — Parcours Pro"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Database: %1").arg(QFileInfo(context.databasePath()).fileName()), this);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    // The box's accepted() is left unconnected: the button only tries, and
    // the dialog closes once the service has signed someone in.
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (--m_secondsLeft > 0) {
            m_signIn->setText(tr("Wait %n s", nullptr, m_secondsLeft));
            return;
        }
        m_countdown->stop();
        m_signIn->setText(tr("&Sign in"));
        m_signIn->setEnabled(true);
    });
    setMinimumWidth(420);
}

void LoginDialog::setLogin(const QString& login)
{
    m_login->setText(login);
    m_password->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

void LoginDialog::startWait(int seconds)
{
    m_secondsLeft = seconds;
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Wait %n s", nullptr, m_secondsLeft));
    m_countdown->start();
}

void LoginDialog::attempt()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_error->setText(tr("Type your login."));
        return;
    }
    try {
        const SignInResult result =
            AuthService(m_context, m_limits).signIn(m_login->text(), m_password->text());
        m_password->clear();
        if (result.ok()) {
            m_error->clear();
            accept();
            return;
        }
        m_error->setText(result.message);
        if (result.retryAfterSeconds > 0)
            startWait(result.retryAfterSeconds);
    } catch (const DomainError& e) {
        m_error->setText(e.message());
    }
}

} // namespace parcours
