#include "PersonalDataSchema.h"

#include "Database.h"

namespace parcours {

void createPersonalDataSchema(Database& db)
{
    (void)db; // filled in by the privacy work
}

} // namespace parcours
