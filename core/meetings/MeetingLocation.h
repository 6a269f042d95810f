// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace csc {

class Database;

// Where a meeting is held: a room or a teleconference's dial-in, shown in the
// calendar invitation (LOCATION). Public: it is what members and observers dial.
class MeetingLocation
{
    Q_DECLARE_TR_FUNCTIONS(MeetingLocation)

public:
    static QString of(const Database& db, qint64 meetingId);
    static QHash<qint64, QString> all(const Database& db);
    // Audited; needs the right to edit meetings.
    static Status set(Database& db, qint64 meetingId, const QString& location);
    // Whether a change of the location is still a reversible edit (Operation::SetMeetingLocation):
    // until the meeting is held. From then on the notice and the minutes' header have said
    // where it was, and a change is a correction that nothing offers to undo.
    static bool isReversible(const Database& db, qint64 meetingId,
                             const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
};

} // namespace csc
