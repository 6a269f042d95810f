#include "CommandContext.h"

namespace csc {

// The performance feature lists its commands here.
QList<CommandSpec> performanceCommands()
{
    return {};
}

} // namespace csc
