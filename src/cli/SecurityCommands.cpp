// Issue 5 (security): users add, users list, users unlock, passwd.
#include "CliCommands.h"
#include "CliContext.h"

namespace parcours {

QList<CliCommand> securityCommands()
{
    return {};
}

} // namespace parcours
