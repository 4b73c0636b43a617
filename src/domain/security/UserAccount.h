#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace parcours {

// One person who may sign in. The password is only ever held as its Argon2id
// hash (libsodium's self-describing string, which carries its own limits so a
// change of limits is detected at the next sign-in).
struct UserAccount
{
    qint64 id = 0;
    QString login; // unique, case-insensitive
    QString displayName;
    Role role = Role::ReadOnly;
    QString passwordHash;
    int failedAttempts = 0;  // consecutive failures since the last success
    QDateTime lastFailureAt; // UTC; drives the growing delay
    bool locked = false;     // after too many failures: a coordinator unlocks
    bool active = true;      // a deactivated account keeps its history but cannot sign in
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

} // namespace parcours
