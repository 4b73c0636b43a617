#include "CliCommands.h"

namespace parcours {

QList<CliCommand> trainingCommands()
{
    return {};
}

} // namespace parcours
