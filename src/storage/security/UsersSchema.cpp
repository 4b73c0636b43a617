#include "UsersSchema.h"

#include "Database.h"

namespace parcours {

void createUsersSchema(Database& db)
{
    (void)db; // filled in by the security work
}

} // namespace parcours
