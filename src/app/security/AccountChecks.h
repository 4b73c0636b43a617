#pragma once

#include <QString>

namespace parcours {

// Checks shared by the first-coordinator form, user management and `passwd`.
// Each throws DomainError with a French message saying what to change.
void checkLogin(const QString& login);
void checkNewPassword(const QString& password, const QString& login);

} // namespace parcours
