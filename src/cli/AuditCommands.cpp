// Issue 5 (audit): audit verify, audit list, audit purge.
#include "CliCommands.h"
#include "CliContext.h"

namespace parcours {

QList<CliCommand> auditCommands()
{
    return {};
}

} // namespace parcours
