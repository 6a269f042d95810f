// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "core/rules/BusinessCalendar.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace csc {

class Database;

struct MinutesDue
{
    Meeting meeting;
    MinutesState state = MinutesState::Draft;
    bool hasMinutes = false;
    DeadlineStatus status;
};

// The publication deadline of domain.md §2: MinutesDeadlineDays business days
// after the meeting day, by the committee's one business calendar.
class MinutesDeadline
{
    Q_DECLARE_TR_FUNCTIONS(MinutesDeadline)

public:
    static QDate due(const BusinessCalendar& calendar, QDate meetingDay, int businessDays = 5);
    static QDate due(const Database& db, QDate meetingDay);

    // Met once the minutes are published.
    static DeadlineStatus status(const Database& db, const Meeting& meeting, const Minutes& minutes,
                                 QDate today);

    // "due Tue 8 Dec, 3 business days left", "due today (Tue 8 Dec)", "overdue since Tue 8 Dec (2
    // business days)".
    static QString describe(const DeadlineStatus& status, const QLocale& locale = QLocale());

    // Unpublished minutes of meetings held up to `today`, most urgent first: the start-up overview.
    static Result<QList<MinutesDue>> unpublished(const Database& db, QDate today);
};

} // namespace csc
