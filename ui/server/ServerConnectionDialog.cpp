#include "ServerConnectionDialog.h"

#include "AppContext.h"
#include "DomainError.h"
#include "ServerConnectionSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

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
    m_test = buttons->addButton(tr("&Test the connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_test, &QPushButton::clicked, this, &ServerConnectionDialog::testConnection);
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

ServerConnectionDialog::~ServerConnectionDialog()
{
    if (m_testThread) {
        m_testThread->wait();
        delete m_testThread;
    }
}

void ServerConnectionDialog::testConnection()
{
    if (m_testThread)
        return;
    m_result->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    const ServerSettings tried = settings();
    const Clock& clock = m_clock; // the application's: it outlives this window
    auto result = std::make_shared<QString>();
    // A QtSql connection belongs to the thread that opens it: the attempt
    // opens and closes its own there, and leaves its French text in `result`.
    m_testThread = QThread::create([tried, &clock, result] {
        try {
            auto context = AppContext::openServer(tried, clock);
            *result = tr("Connection works: %1.").arg(tried.describe());
        } catch (const DomainError& error) {
            *result = error.message();
        } catch (const std::exception& error) {
            *result = tr("The connection failed: %1.").arg(QString::fromLocal8Bit(error.what()));
        }
    });
    connect(m_testThread, &QThread::finished, this, [this, result] {
        m_testThread->deleteLater();
        m_testThread = nullptr;
        showTestResult(*result);
    });
    m_testThread->start();
}

void ServerConnectionDialog::showTestResult(const QString& message)
{
    m_test->setEnabled(true);
    m_result->setText(message);
    emit testFinished(message);
}

QString ServerConnectionDialog::testResult() const
{
    return m_result->text();
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
