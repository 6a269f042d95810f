#include "CommandContext.h"

namespace csc {

// The trust feature lists its commands here.
QList<CommandSpec> trustCommands()
{
    return {};
}

} // namespace csc
