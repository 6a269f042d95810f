// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/cases/DeadlineRules.h"
#include "core/cases/ProcessDefinition.h"
#include "core/rules/BusinessCalendar.h"

namespace csc {

class Database;

// The deadline rules of the steps, in the unit each rule counts in (DeadlineRules), on the one
// business-day calendar of core.
class CaseDeadlines
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadlines)

public:
    // Days the period of `rule` runs for (in its unit): a committee setting, or the days entered.
    static int periodDays(const Database& db, DeadlineRule rule, int enteredDays);
    // The due date of a step entered on `entered` (business days: a request made on a holiday
    // or a weekend starts counting on the next business day); invalid when the step has none.
    static QDate dueDate(const BusinessCalendar& calendar, DeadlineRule rule, QDate entered,
                         int periodDays);

    // Where an open case's current deadline stands on `today`: met or late once the response
    // the step waits for was received, unanswered once none was recorded.
    static DeadlineStatus status(const BusinessCalendar& calendar, const CaseSummary& c,
                                 QDate today, int dueSoonDays);

    // The rule of the case's current step.
    static DeadlineRule ruleOf(const CaseSummary& c);

    // "Met (received 3 Nov)", "Late: 4 working days", "Unanswered", "Overdue by 3 days", ...
    static QString badge(const DeadlineStatus& status);
    // Stable keys for JSON: met, late, unanswered, overdue, due_today, due_soon, on_track, none.
    static QString stateKey(DeadlineState state);
};

} // namespace csc
