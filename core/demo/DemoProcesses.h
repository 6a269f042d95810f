// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

namespace csc {

struct DemoContext;

// Issue 12 in the demo: a met, a late and an unanswered response on the boards, the hand-over
// complaint -> Problem Management -> Independent Appeals Panel with a remediable finding, an
// urgent review waiting for the gTLD customers' consent, the periodic audit and the other
// duties. Written through core (rules and audit), relative to the demo's "today".
class DemoProcesses
{
public:
    static Status populate(DemoContext& context);
};

} // namespace csc
