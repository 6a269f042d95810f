// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The minutes of a meeting: sections per agenda item and the workflow
// draft -> circulated -> approved -> published, each step recorded.
class MinutesBook
{
    Q_DECLARE_TR_FUNCTIONS(MinutesBook)

public:
    static Result<Minutes> minutes(const Database& db, qint64 meetingId);

    // Creates the draft from the meeting (attendance, one section per agenda item);
    // refuses when minutes already exist. Needs EditMinutes.
    static Status generateDraft(Database& db, qint64 meetingId);
    // Only while the minutes are a draft. Needs EditMinutes.
    static Status updateSection(Database& db, const MinutesSection& section);
    static Result<qint64> addSection(Database& db, qint64 meetingId, const MinutesSection& section);

    // Legal steps: draft -> circulated (EditMinutes), circulated -> draft (EditMinutes,
    // for rework), circulated -> approved (ApproveMinutes; records who and when),
    // approved -> published (PublishMinutes; `where` is required).
    static bool isLegal(MinutesState from, MinutesState to);
    static Status advance(Database& db, qint64 meetingId, MinutesState to,
                          const QString& where = {}, const QDateTime& atUtc = {});
};

} // namespace csc
