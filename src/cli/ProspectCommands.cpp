#include "CliCommands.h"

namespace parcours {

QList<CliCommand> prospectCommands()
{
    return {};
}

} // namespace parcours
