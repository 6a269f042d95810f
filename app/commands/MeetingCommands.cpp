#include "CommandContext.h"

namespace csc {

// The meeting feature lists its commands here.
QList<CommandSpec> meetingCommands()
{
    return {};
}

} // namespace csc
