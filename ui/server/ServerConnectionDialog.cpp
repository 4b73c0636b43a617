#include "ServerConnectionDialog.h"

#include "AppContext.h"
#include "DomainError.h"
#include "ServerConnectionSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours {

ServerConnectionDialog::ServerConnectionDialog(const ServerSettings& initial, bool atStartup,
                                               const Clock& clock, QWidget* parent)
    : QDialog(parent), m_clock(clock), m_schema(initial.schema)
{
    setWindowTitle(tr("Open a shared server"));
    auto* intro = new QLabel(tr("When several people work at the same time, the database lives on a "
                                "PostgreSQL server. Your IT department gives you these settings."),
                             this);
    intro->setWordWrap(true);
    m_host = new QLineEdit(initial.host, this);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(initial.port);
    m_database = new QLineEdit(initial.database, this);
    m_user = new QLineEdit(initial.user, this);
    m_password = new QLineEdit(initial.password, this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: the password saved in ~/.pgpass"));
    m_sslMode = new QComboBox(this);
    m_sslMode->addItem(tr("Encrypted when the server allows it"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Always encrypted"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Encrypted, server certificate checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("Not encrypted (local network only)"), QStringLiteral("disable"));
    const int ssl = m_sslMode->findData(initial.sslMode);
    m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : 0);
    m_atStartup = new QCheckBox(tr("Open this server every time Parcours Pro starts"), this);
    m_atStartup->setChecked(atStartup);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);

    auto* buttons = new QDialogButtonBox(this);
    auto* test = buttons->addButton(tr("&Test the connection"), QDialogButtonBox::ActionRole);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(test, &QPushButton::clicked, this, &ServerConnectionDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (auto* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerConnectionDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_atStartup);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    updateButtons();
}

ServerSettings ServerConnectionDialog::settings() const
{
    ServerSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.sslMode = m_sslMode->currentData().toString();
    s.schema = m_schema; // not shown: set by IT in the settings file
    return s;
}

bool ServerConnectionDialog::connectAtStartup() const
{
    return m_atStartup->isChecked();
}

void ServerConnectionDialog::updateButtons()
{
    m_connect->setEnabled(settings().isComplete());
}

void ServerConnectionDialog::testConnection()
{
    m_result->setText(tr("Connecting…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString message;
    try {
        auto context = AppContext::openServer(settings(), m_clock);
        message = tr("Connection works: %1.").arg(settings().describe());
    } catch (const DomainError& error) {
        message = error.message();
    }
    QApplication::restoreOverrideCursor();
    m_result->setText(message);
}

std::optional<ServerSettings> ServerConnectionDialog::ask(QWidget* parent, const Clock& clock)
{
    ServerConnectionDialog dialog(ServerConnectionSettings::load(),
                                  ServerConnectionSettings::connectAtStartup(), clock, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ServerConnectionSettings::save(dialog.settings(), dialog.connectAtStartup());
    return dialog.settings();
}

} // namespace parcours
