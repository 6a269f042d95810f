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

// The unit a rule counts its days in (domain.md §7 "Day counts"): "working days" or "business
// days" count business days, plain "days" count calendar days.
enum class DayUnit { Business, Calendar };

// Where a deadline stands on a given day. Late: done, but after the due date; Unanswered: the
// due date passed and it was recorded that nothing came.
enum class DeadlineState { None, OnTrack, DueSoon, DueToday, Overdue, Met, Late, Unanswered };

struct DeadlineStatus
{
    QDate due;
    DeadlineState state = DeadlineState::None;
    // Days left in `unit` (negative when overdue; for Late, minus the days it was late).
    int businessDaysLeft = 0;
    DayUnit unit = DayUnit::Business;
};

DeadlineStatus deadlineStatus(const BusinessCalendar& calendar, QDate due, QDate today,
                              int dueSoonDays, bool met = false);

// The same for a rule counting in `unit`; `doneOn` (valid when the thing was done) makes it Met
// or Late by the days between the due date and that day.
DeadlineStatus deadlineStatusIn(const BusinessCalendar& calendar, DayUnit unit, QDate due,
                                QDate today, int dueSoonDays, QDate doneOn = {});
// `days` after `from` in `unit` (business days start counting on the next business day).
QDate addDaysIn(const BusinessCalendar& calendar, DayUnit unit, QDate from, int days);

} // namespace csc
