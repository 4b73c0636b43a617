#pragma once

#include "PasswordHasher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace parcours {

class AppContext;

// Sign-in at start and after opening another database. Wrong credentials,
// the wait after repeated failures (with a countdown: the service only says
// how long, the dialog waits) and a locked account are explained in French.
// Accepted once AppContext::session() is the signed-in user.
class LoginDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit LoginDialog(AppContext& context, QWidget* parent = nullptr,
                         PasswordHashLimits limits = PasswordHashLimits::interactive());

    void setLogin(const QString& login);
    // Tries the typed login and password (what the button does).
    void attempt();
    QString errorText() const;

  private:
    void startWait(int seconds);

    AppContext& m_context;
    PasswordHashLimits m_limits;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_signIn;
    QTimer* m_countdown;
    int m_secondsLeft = 0;
};

} // namespace parcours
