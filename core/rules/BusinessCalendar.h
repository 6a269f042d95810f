// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace csc {

// Monday to Friday less the committee's holidays. The one business-day
// calendar of CSC Desk: case deadlines and the minutes deadline both use it.
class BusinessCalendar
{
public:
    BusinessCalendar() = default;
    explicit BusinessCalendar(QSet<QDate> holidays)
        : m_holidays(std::move(holidays))
    { }

    bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    bool isBusinessDay(QDate day) const;

    // The `days`-th business day after `from` (from itself never counts, so a
    // request made on a weekend or holiday starts counting on the next business day).
    QDate addBusinessDays(QDate from, int days) const;

    // Business days strictly after `from` up to and including `to`; negative when `to` is before
    // `from`.
    int businessDaysBetween(QDate from, QDate to) const;

    // The first business day on or after `day`.
    QDate nextBusinessDay(QDate day) const;

    const QSet<QDate>& holidays() const { return m_holidays; }

private:
    QSet<QDate> m_holidays;
};

// Where a deadline stands on a given day.
enum class DeadlineState { None, OnTrack, DueSoon, DueToday, Overdue, Met };

struct DeadlineStatus
{
    QDate due;
    DeadlineState state = DeadlineState::None;
    int businessDaysLeft = 0; // negative when overdue
};

DeadlineStatus deadlineStatus(const BusinessCalendar& calendar, QDate due, QDate today,
                              int dueSoonDays, bool met = false);

} // namespace csc
