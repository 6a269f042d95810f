// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// Action items ("Action item 01 66 2022"), raised at a meeting, open until completed.
class ActionItems
{
    Q_DECLARE_TR_FUNCTIONS(ActionItems)

public:
    static Result<QList<ActionItem>> ofMeeting(const Database& db, qint64 meetingId);
    // Pending items raised at meetings numbered below `beforeNumber` (0: all).
    static Result<QList<ActionItem>> open(const Database& db, int beforeNumber = 0);
    static Result<ActionItem> item(const Database& db, qint64 id);

    static Result<qint64> add(Database& db, qint64 meetingId, const QString& text,
                              qint64 ownerMemberId, QDate due, bool confidential = false,
                              qint64 agendaItemId = 0);
    static Status setStatus(Database& db, qint64 id, bool completed, const QString& note);
};

} // namespace csc
