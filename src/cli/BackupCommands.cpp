// Issue 5 (backup): backup create, backup list, backup verify, backup restore.
#include "CliCommands.h"
#include "CliContext.h"

namespace parcours {

QList<CliCommand> backupCommands()
{
    return {};
}

} // namespace parcours
