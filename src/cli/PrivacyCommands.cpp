// Issue 5 (privacy): anonymise, retention run.
#include "CliCommands.h"
#include "CliContext.h"

namespace parcours {

QList<CliCommand> privacyCommands()
{
    return {};
}

} // namespace parcours
