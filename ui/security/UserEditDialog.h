#pragma once

#include "Role.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parcours {

class NewPasswordFields;

// The form behind « Add » and « Reset password » in UsersDialog: login, name
// and role for a new account (hidden when only the password is reset), and
// the password twice with the meter. It only collects; UsersDialog calls
// UserService and shows its refusals.
class UserEditDialog : public QDialog
{
    Q_OBJECT
  public:
    enum Mode { NewAccount, PasswordOnly };
    UserEditDialog(Mode mode, const QString& login, QWidget* parent = nullptr);

    QString login() const;
    QString displayName() const;
    Role role() const;
    QString password() const;
    void fill(const QString& login, const QString& name, Role role, const QString& password);

  private:
    void update();

    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    NewPasswordFields* m_password;
    QLabel* m_error;
    QPushButton* m_ok;
};

} // namespace parcours
