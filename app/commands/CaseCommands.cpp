#include "CommandContext.h"

namespace csc {

// The case feature lists its commands here.
QList<CommandSpec> caseCommands()
{
    return {};
}

} // namespace csc
