#include "DemoRoster.h"

namespace csc {

// The Performance part of the demo database is filled by the Performance feature.
Status DemoPerformance::populate(DemoContext& context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace csc
