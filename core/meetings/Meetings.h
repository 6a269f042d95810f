// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "core/util/Result.h"

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

    // A held meeting's attendance is a record: once its roll is recorded, the members
    // as they were then (name, affiliation, kind, voting) with their status, whatever the
    // roster says later. Before that, one row per member whose term covers the meeting
    // day; unrecorded = absent.
    static Result<QList<AttendanceEntry>> attendance(const Database& db, qint64 meetingId);
    // The quorum and decision rules recorded with the roll, else today's.
    static Result<QuorumRules> rules(const Database& db, qint64 meetingId);
    // Records the roll of a held meeting (started by now). Refused once its minutes are
    // approved: the attendance then stands as recorded.
    static Status setAttendance(Database& db, qint64 meetingId, qint64 memberId,
                                AttendanceStatus status);
    // Records the roll and rules of a meeting as they stand (no-op when recorded already).
    // Called by the writes that would otherwise change them: taking attendance of a held
    // meeting, drafting its minutes, and every roster change (recordHeldRolls).
    static Status recordRoll(Database& db, qint64 meetingId);
    // Records the roll of every held meeting (started by `nowUtc`) not recorded yet.
    static Status recordHeldRolls(Database& db, const QDateTime& nowUtc = {});

    static Result<CaseLink> caseLink(const Database& db, qint64 caseId);
};

} // namespace csc
