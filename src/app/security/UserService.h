#pragma once

#include "PasswordHasher.h"
#include "Role.h"
#include "UserAccount.h"

#include <QList>
#include <QString>

namespace parcours {

class AppContext;

struct NewUser
{
    QString login;
    QString displayName;
    Role role = Role::ContactStaff;
    QString password;
};

// User management for coordinators (Permission::ManageUsers). Listed accounts
// never carry their password hash. The last active coordinator can be neither
// demoted nor deactivated, so a database always has someone who can manage it.
class UserService
{
  public:
    explicit UserService(AppContext& context, PasswordHashLimits limits = PasswordHashLimits::interactive());

    QList<UserAccount> list() const;
    UserAccount add(const NewUser& user);
    void changeRole(qint64 userId, Role role);
    void setDisplayName(qint64 userId, const QString& displayName);
    void deactivate(qint64 userId);
    void reactivate(qint64 userId);
    // Sets a new password (checked against the CNIL rule) and unlocks.
    void resetPassword(qint64 userId, const QString& newPassword);
    // Clears the failures and the lock.
    void unlock(qint64 userId);

    // Looks up by login (case-insensitive); throws NotFound in French.
    UserAccount byLogin(const QString& login) const;

  private:
    UserAccount load(qint64 userId) const;
    void store(UserAccount& user);
    bool isLastActiveCoordinator(const UserAccount& user) const;

    AppContext& m_context;
    PasswordHasher m_hasher;
};

} // namespace parcours
