#pragma once

#include "PasswordHasher.h"
#include "Role.h"

#include <QList>
#include <QString>

namespace parcours {

class AppContext;

// The documented accounts of a demonstration database, one per role, so a
// trainer can show what each role sees. The passwords are public (README,
// `parcours-cli demo --help`, the first-run message): demo databases hold
// fictional people only.
struct DemoAccount
{
    const char* login;
    const char* password;
    Role role;
};

class DemoAccounts
{
  public:
    static QList<DemoAccount> all(); // coordination, contact, lecture
    // Creates them (the caller runs as Session::system() on a new database).
    static void create(AppContext& context, PasswordHashLimits limits = PasswordHashLimits::interactive());
    // "coordination / Parcours-Demo-C1!, contact / …": for help texts.
    static QString describe();
};

} // namespace parcours
