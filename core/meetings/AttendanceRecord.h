// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decisions.h"
#include "MeetingTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace csc {

class Database;

// Attendance taken in one go and what it means for the meeting.
class AttendanceRecord
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRecord)

public:
    // Sets each member's status in one transaction (all of them or none), e.g. "mark all
    // present" and its undo.
    static Status setStatuses(Database& db, qint64 meetingId,
                              const QMap<qint64, AttendanceStatus>& statuses);

    // One sentence about the quorum and whether decisions can be taken that never contradicts
    // itself: "Quorate: 4 of 4 …", or "Not quorate: 3 of 4 … Decisions can still be taken …".
    static QString quorumText(const QuorumRules& rules, const QList<AttendanceEntry>& attendance);
};

} // namespace csc
