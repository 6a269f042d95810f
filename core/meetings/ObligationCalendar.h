// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ICalendar.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace csc {

class Database;

// The dates the recurring obligations are computed from (stored in obligation_anchor).
struct ObligationAnchors
{
    QDate transition; // the IANA stewardship transition: review team 3 years on, then every 4
    QDate firstMeeting; // the committee's first meeting: charter review 12 months on (default:
                        // meeting no. 1)
    QDate consultation; // a year's annual consultation: repeats yearly on that day
    QDate lastAudit; // the last independent audit: every 3 years
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const ObligationAnchors&) const = default;
};

// The committee's calendar of domain.md §2: meetings, minutes deadlines and the
// recurring obligations, all computed from dates entered, with stable UIDs.
class ObligationCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ObligationCalendar)

public:
    static ObligationAnchors anchors(const Database& db);
    static Status setAnchors(Database& db, const ObligationAnchors& anchors);

    // Events from `from` to `to` inclusive, by date.
    static Result<QList<CalendarEvent>> events(const Database& db, QDate from, QDate to);
    // The same for everything stored, two years ahead of `today`.
    static Result<QList<CalendarEvent>> allEvents(const Database& db, QDate today);
    // The .ics of allEvents(); `auditHead` goes into X-CSC-AUDIT-HEAD.
    static Result<QByteArray> icsBytes(const Database& db, QDate today, const QDateTime& stamp,
                                       const QString& auditHead = {});
    // Writing the .ics file is a public output: PublicOutputs::exportCalendar (core/export).
};

} // namespace csc
