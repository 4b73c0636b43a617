#include "CliCommands.h"

namespace parcours {

QList<CliCommand> personCommands()
{
    return {};
}

} // namespace parcours
