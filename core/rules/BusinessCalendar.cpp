// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessCalendar.h"

namespace csc {

bool BusinessCalendar::isBusinessDay(QDate day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate BusinessCalendar::addBusinessDays(QDate from, int days) const
{
    if (!from.isValid())
        return {};
    QDate day = from;
    const int step = days >= 0 ? 1 : -1;
    int remaining = days >= 0 ? days : -days;
    while (remaining > 0) {
        day = day.addDays(step);
        if (isBusinessDay(day))
            --remaining;
    }
    return day;
}

int BusinessCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isBusinessDay(day))
            ++count;
    }
    return count;
}

QDate BusinessCalendar::nextBusinessDay(QDate day) const
{
    if (!day.isValid())
        return {};
    while (!isBusinessDay(day))
        day = day.addDays(1);
    return day;
}

DeadlineStatus deadlineStatus(const BusinessCalendar& calendar, QDate due, QDate today,
                              int dueSoonDays, bool met)
{
    DeadlineStatus status;
    status.due = due;
    if (!due.isValid())
        return status;
    status.businessDaysLeft = calendar.businessDaysBetween(today, due);
    if (met)
        status.state = DeadlineState::Met;
    else if (today > due)
        status.state = DeadlineState::Overdue;
    else if (today == due)
        status.state = DeadlineState::DueToday;
    else if (status.businessDaysLeft <= dueSoonDays)
        status.state = DeadlineState::DueSoon;
    else
        status.state = DeadlineState::OnTrack;
    return status;
}

DeadlineStatus deadlineStatusIn(const BusinessCalendar& calendar, DayUnit unit, QDate due,
                                QDate today, int dueSoonDays, QDate doneOn)
{
    const auto between = [&](QDate from, QDate to) {
        return unit == DayUnit::Business ? calendar.businessDaysBetween(from, to)
                                         : int(from.daysTo(to));
    };
    DeadlineStatus status;
    status.due = due;
    status.unit = unit;
    if (!due.isValid())
        return status;
    if (doneOn.isValid()) {
        status.businessDaysLeft = between(doneOn, due);
        status.state = doneOn <= due ? DeadlineState::Met : DeadlineState::Late;
        if (status.state == DeadlineState::Met)
            status.businessDaysLeft = 0;
        return status;
    }
    status.businessDaysLeft = between(today, due);
    if (today > due)
        status.state = DeadlineState::Overdue;
    else if (today == due)
        status.state = DeadlineState::DueToday;
    else if (status.businessDaysLeft <= dueSoonDays)
        status.state = DeadlineState::DueSoon;
    else
        status.state = DeadlineState::OnTrack;
    return status;
}

QDate addDaysIn(const BusinessCalendar& calendar, DayUnit unit, QDate from, int days)
{
    return unit == DayUnit::Business ? calendar.addBusinessDays(from, days) : from.addDays(days);
}

} // namespace csc
