// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesDeadline.h"

#include "Meetings.h"
#include "MinutesBook.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/Database.h"

namespace csc {

QDate MinutesDeadline::due(const BusinessCalendar& calendar, QDate meetingDay, int businessDays)
{
    return calendar.addBusinessDays(meetingDay, businessDays);
}

QDate MinutesDeadline::due(const Database& db, QDate meetingDay)
{
    return due(CommitteeSettings::businessCalendar(db), meetingDay,
               CommitteeSettings::intValue(db, CommitteeSettings::Key::MinutesDeadlineDays));
}

DeadlineStatus MinutesDeadline::status(const Database& db, const Meeting& meeting,
                                       const Minutes& minutes, QDate today)
{
    const BusinessCalendar calendar = CommitteeSettings::businessCalendar(db);
    const QDate dueDay
        = due(calendar, meeting.day(),
              CommitteeSettings::intValue(db, CommitteeSettings::Key::MinutesDeadlineDays));
    // Published minutes are met only when published by the due day; later ones stay late by
    // the business days they missed it by.
    const bool published = minutes.exists && minutes.state == MinutesState::Published;
    const QDate publishedOn = !published ? QDate()
        : minutes.publishedUtc.isValid() ? minutes.publishedUtc.toUTC().date()
                                         : dueDay;
    return deadlineStatusIn(calendar, DayUnit::Business, dueDay, today,
                            CommitteeSettings::intValue(db, CommitteeSettings::Key::DueSoonDays),
                            publishedOn);
}

QString MinutesDeadline::describe(const DeadlineStatus& s, const QLocale& locale)
{
    const QString day = locale.toString(s.due, QStringLiteral("ddd d MMM"));
    switch (s.state) {
    case DeadlineState::None:
        return {};
    case DeadlineState::Met:
        return tr("published; was due %1").arg(day);
    case DeadlineState::Late:
        return -s.businessDaysLeft == 1
            ? tr("published late: due %1, 1 business day late").arg(day)
            : tr("published late: due %1, %2 business days late").arg(day).arg(-s.businessDaysLeft);
    case DeadlineState::Unanswered:
        return tr("not published; was due %1").arg(day);
    case DeadlineState::DueToday:
        return tr("due today (%1), last business day").arg(day);
    case DeadlineState::Overdue:
        return -s.businessDaysLeft == 1
            ? tr("overdue since %1 (1 business day late)").arg(day)
            : tr("overdue since %1 (%2 business days late)").arg(day).arg(-s.businessDaysLeft);
    case DeadlineState::OnTrack:
    case DeadlineState::DueSoon:
        return s.businessDaysLeft == 1
            ? tr("due %1, 1 business day left").arg(day)
            : tr("due %1, %2 business days left").arg(day).arg(s.businessDaysLeft);
    }
    return {};
}

Result<QList<MinutesDue>> MinutesDeadline::unpublished(const Database& db, QDate today)
{
    auto meetings = Meetings::list(db);
    if (!meetings)
        return meetings.error();
    QList<MinutesDue> list;
    for (const Meeting& m : meetings.value()) {
        if (m.day() > today)
            continue;
        auto minutes = MinutesBook::minutes(db, m.id);
        if (!minutes)
            return minutes.error();
        if (minutes.value().exists && minutes.value().state == MinutesState::Published)
            continue;
        list.append({ m, minutes.value().state, minutes.value().exists,
                      status(db, m, minutes.value(), today) });
    }
    std::stable_sort(list.begin(), list.end(), [](const MinutesDue& a, const MinutesDue& b) {
        return a.status.due < b.status.due;
    });
    return list;
}

} // namespace csc
