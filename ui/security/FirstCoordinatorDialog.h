#pragma once

#include "PasswordHasher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace parcours {

class AppContext;
class NewPasswordFields;

// First run on a database without accounts: creates the first coordinator
// (AuthService::createFirstCoordinator) and signs her in. The meter explains,
// as she types, why a password is refused; Create stays disabled until the
// password passes and both copies match.
class FirstCoordinatorDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit FirstCoordinatorDialog(AppContext& context, QWidget* parent = nullptr,
                                    PasswordHashLimits limits = PasswordHashLimits::interactive());

    void fill(const QString& login, const QString& name, const QString& password,
              const QString& confirmation);
    bool canCreate() const;
    void create(); // what the button does
    QString errorText() const;

  private:
    void update();

    AppContext& m_context;
    PasswordHashLimits m_limits;
    QLineEdit* m_login;
    QLineEdit* m_name;
    NewPasswordFields* m_password;
    QLabel* m_error;
    QPushButton* m_create;
};

} // namespace parcours
