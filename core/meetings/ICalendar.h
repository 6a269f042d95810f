// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace csc {

// One VEVENT: an all-day event (`day`) or a timed one (`startUtc`..`endUtc`).
struct CalendarEvent
{
    QString uid;
    QString summary;
    QString description;
    QString category;
    QDate day;
    QDateTime startUtc;
    QDateTime endUtc;
    int line = 0; // where the reader found BEGIN:VEVENT
    QString location; // a room or the dial-in
    bool busy = false; // TRANSP:OPAQUE (a meeting) rather than TRANSPARENT (a deadline)
    int alarmMinutesBefore = 0; // a VALARM this long before the start; 0: none

    bool isAllDay() const { return day.isValid(); }
};

// A small RFC 5545 writer (CRLF lines folded at 75 octets, TEXT escaped) and a
// reader for what it writes and for holiday files of all-day events.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(ICalendar)

public:
    // `stamp` is the DTSTAMP of every event (the time of the export).
    // `auditHead` ("audit N HASH") goes into X-CSC-AUDIT-HEAD when given.
    static QByteArray write(const QList<CalendarEvent>& events, const QDateTime& stamp,
                            const QString& calendarName = {}, const QString& auditHead = {});
    static QString escapeText(const QString& text);
    static QByteArray foldLine(const QByteArray& line);

    // `source` names the file in error messages ("holidays.ics, line 12: ...").
    static Result<QList<CalendarEvent>> parse(const QByteArray& data, const QString& source = {});
};

} // namespace csc
