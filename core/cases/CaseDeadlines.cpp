// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseDeadlines.h"

#include "settings/CommitteeSettings.h"

namespace csc {

int CaseDeadlines::periodDays(const Database& db, DeadlineRule rule, int enteredDays)
{
    switch (rule) {
    case DeadlineRule::None:
        return 0;
    case DeadlineRule::WrittenResponse:
        return CommitteeSettings::intValue(db, CommitteeSettings::Key::WrittenResponseDays);
    case DeadlineRule::SignificantFailureResponse:
        return CommitteeSettings::intValue(db,
                                           CommitteeSettings::Key::SignificantFailureResponseDays);
    case DeadlineRule::EnteredDays:
        return enteredDays;
    }
    return 0;
}

QDate CaseDeadlines::dueDate(const BusinessCalendar& calendar, DeadlineRule rule, QDate entered,
                             int periodDays)
{
    if (rule == DeadlineRule::None || periodDays <= 0 || !entered.isValid())
        return {};
    return calendar.addBusinessDays(entered, periodDays);
}

DeadlineStatus CaseDeadlines::status(const BusinessCalendar& calendar, const CaseSummary& c,
                                     QDate today, int dueSoonDays)
{
    if (!c.isOpen() || !c.dueDate.isValid())
        return {};
    return deadlineStatus(calendar, c.dueDate, today, dueSoonDays);
}

} // namespace csc
