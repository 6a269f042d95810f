// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cases/CaseTypes.h"
#include "cases/ProcessDefinition.h"
#include "rules/BusinessCalendar.h"

namespace csc {

class Database;

// The deadline rules of the steps, on the one business-day calendar of core.
class CaseDeadlines
{
public:
    // Business days the period of `rule` runs for: a committee setting, or the days entered.
    static int periodDays(const Database& db, DeadlineRule rule, int enteredDays);
    // The due date of a step entered on `entered` (a request made on a holiday or a
    // weekend starts counting on the next business day); invalid when the step has none.
    static QDate dueDate(const BusinessCalendar& calendar, DeadlineRule rule, QDate entered,
                         int periodDays);

    // Where an open case's current deadline stands on `today`.
    static DeadlineStatus status(const BusinessCalendar& calendar, const CaseSummary& c,
                                 QDate today, int dueSoonDays);
};

} // namespace csc
