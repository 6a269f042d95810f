#include "DemoRoster.h"

namespace csc {

// The Cases part of the demo database is filled by the Cases feature.
Status DemoCases::populate(DemoContext& context)
{
    Q_UNUSED(context);
    return {};
}

} // namespace csc
