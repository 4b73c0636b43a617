#pragma once

#include <QString>
#include <optional>

namespace parcours {

// The three roles of the service (issue 5). Stored by key in the users table.
enum class Role { Coordinator, ContactStaff, ReadOnly };

QString roleKey(Role role);                             // "coordinator", "contact_staff", "read_only"
std::optional<Role> roleFromKey(const QString& key);
QString roleLabel(Role role);                           // French through tr(): « coordinateur/coordinatrice »...

} // namespace parcours
