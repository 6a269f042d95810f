// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoContext.h"
#include "core/util/Result.h"

namespace csc {

// The committee of domain.md §1: gTLD and ccTLD members, the IFO liaison and
// optional liaisons, a chair and the two points of contact; plus holidays.
struct DemoRoster
{
    static Status populate(DemoContext& context);
};

// Each feature fills its own part of the demo.
struct DemoPerformance
{
    static Status populate(DemoContext& context);
};
struct DemoMeetings
{
    static Status populate(DemoContext& context);
};
struct DemoCases
{
    static Status populate(DemoContext& context);
};

} // namespace csc
