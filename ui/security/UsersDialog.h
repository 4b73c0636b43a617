#pragma once

#include "UserAccount.h"

#include <QDialog>
#include <QList>
#include <functional>

class QPushButton;
class QTableWidget;

namespace parcours {

class AppContext;

// Tools > Users (coordinators): the accounts with their role and state, and
// add, change role, deactivate / reactivate, reset password, unlock. Every
// action goes through UserService, which checks Permission::ManageUsers and
// refuses to leave the database without an active coordinator.
class UsersDialog : public QDialog
{
    Q_OBJECT
  public:
    explicit UsersDialog(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    int rowCount() const;
    void selectLogin(const QString& login);
    // The buttons' actions on the selected account, for tests too.
    void changeRole(Role role);
    void toggleActive();
    void unlock();

  private:
    void addUser();
    void chooseRole();
    void resetPassword();
    void updateButtons();
    const UserAccount* selected() const;
    // Runs a UserService call, showing its French refusal; true when it worked.
    bool attempt(const std::function<void()>& work);

    AppContext& m_context;
    QList<UserAccount> m_users;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_role;
    QPushButton* m_active;
    QPushButton* m_password;
    QPushButton* m_unlock;
};

} // namespace parcours
