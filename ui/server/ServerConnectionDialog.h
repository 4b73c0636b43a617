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

    ServerSettings settings() const;
    bool connectAtStartup() const;

    // Null when cancelled; remembers what was accepted.
    static std::optional<ServerSettings> ask(QWidget* parent, const Clock& clock);

  private:
    void testConnection();
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
};

} // namespace parcours
