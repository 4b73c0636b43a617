#pragma once

#include "ServerSettings.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace parcours {

class Clock;

// Where the shared PostgreSQL database is (issue 6): server, port, database,
// user, password (left empty when ~/.pgpass holds it) and encryption. "Test"
// connects once and says in French what happened; the settings, never the
// password, are remembered for the next time.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

  public:
    ServerConnectionDialog(const ServerSettings& initial, bool atStartup, const Clock& clock,
                           QWidget* parent = nullptr);
    // Waits for a connection test still running (at most the connect timeout).
    ~ServerConnectionDialog() override;

    ServerSettings settings() const;
    bool connectAtStartup() const;

    // Null when cancelled; remembers what was accepted.
    static std::optional<ServerSettings> ask(QWidget* parent, const Clock& clock);

    // Starts "Test the connection" (also its button): the attempt runs on its
    // own thread, so the window answers while a server takes its 10 s to
    // time out; testFinished() comes back with the French result.
    void testConnection();
    bool isTesting() const { return m_testThread != nullptr; }
    QString testResult() const;

  signals:
    void testFinished(const QString& message);

  private:
    void showTestResult(const QString& message);
    void updateButtons();

    const Clock& m_clock;
    QString m_schema;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QCheckBox* m_atStartup;
    QLabel* m_result;
    QPushButton* m_connect = nullptr;
    QPushButton* m_test = nullptr;
    QThread* m_testThread = nullptr;
};

} // namespace parcours
