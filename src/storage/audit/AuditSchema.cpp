#include "AuditSchema.h"

#include "Database.h"

namespace parcours {

void createAuditSchema(Database& db)
{
    (void)db; // filled in by the audit work
}

} // namespace parcours
