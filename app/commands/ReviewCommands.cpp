#include "CommandContext.h"

namespace csc {

// The review feature lists its commands here.
QList<CommandSpec> reviewCommands()
{
    return {};
}

} // namespace csc
