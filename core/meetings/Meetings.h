// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// Meetings, their agendas and attendance. Writes need Permission::EditMinutes
// and record audit entries in the same transaction.
class Meetings
{
    Q_DECLARE_TR_FUNCTIONS(Meetings)

public:
    // Newest first.
    static Result<QList<Meeting>> list(const Database& db);
    static Result<Meeting> meeting(const Database& db, qint64 id);
    // The meeting held on `day` (UTC), or an error naming the day.
    static Result<Meeting> meetingOn(const Database& db, QDate day);
    static Result<MeetingRecord> load(const Database& db, qint64 meetingId);

    // Numbered after the last meeting. A monthly meeting gets the standing agenda
    // of domain.md §6 and the open action items of earlier meetings.
    static Result<qint64> create(Database& db, MeetingKind kind, const QDateTime& startsUtc,
                                 int durationMinutes = 90);
    static QList<AgendaItem> standingAgenda(MeetingKind kind, QDate meetingDay);

    static Result<QList<AgendaItem>> agenda(const Database& db, qint64 meetingId);
    static Result<qint64> addAgendaItem(Database& db, qint64 meetingId, const AgendaItem& item,
                                        int position = -1);
    static Status updateAgendaItem(Database& db, const AgendaItem& item);
    static Status removeAgendaItem(Database& db, qint64 agendaItemId);
    // Moves the item at `from` to index `to` (0-based, in the order after removal).
    static Status moveAgendaItem(Database& db, qint64 meetingId, int from, int to);
    // Adds an agenda line for each open action item of an earlier meeting not yet on
    // this agenda, after the "Open action items" heading. Returns how many were added.
    static Result<int> carryOverOpenActionItems(Database& db, qint64 meetingId);

    // One row per member whose term covers the meeting day; unrecorded = absent.
    static Result<QList<AttendanceEntry>> attendance(const Database& db, qint64 meetingId);
    static Status setAttendance(Database& db, qint64 meetingId, qint64 memberId,
                                AttendanceStatus status);

    static Result<CaseLink> caseLink(const Database& db, qint64 caseId);
};

} // namespace csc
