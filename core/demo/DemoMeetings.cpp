#include "DemoRoster.h"

namespace csc {

// The Meetings part of the demo database is filled by the Meetings feature.
Status DemoMeetings::populate(DemoContext& context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace csc
