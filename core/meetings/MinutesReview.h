// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csc {

class Database;

struct MinutesComment
{
    enum class Verdict { Comment, Approve, Changes };
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 sectionId = 0; // 0: the minutes as a whole
    qint64 memberId = 0;
    QString author;
    Verdict verdict = Verdict::Comment;
    QString body;
    QDateTime atUtc;
};

// What members say about circulated minutes: comments on sections, their
// approval, or a request for changes. The secretariat then moves the minutes on.
class MinutesReview
{
    Q_DECLARE_TR_FUNCTIONS(MinutesReview)

public:
    static Result<QList<MinutesComment>> ofMeeting(const Database& db, qint64 meetingId);

    // A comment on a section (sectionId) or the whole minutes (0). Needs Comment.
    static Result<qint64> comment(Database& db, qint64 meetingId, qint64 sectionId,
                                  const QString& body);
    // Only while the minutes are circulated. Needs ApproveMinutes.
    static Result<qint64> approve(Database& db, qint64 meetingId, const QString& note = {});
    static Result<qint64> askForChanges(Database& db, qint64 meetingId, const QString& what);

    static QString verdictKey(MinutesComment::Verdict verdict);
    static MinutesComment::Verdict verdictFromKey(const QString& key);

private:
    static Result<qint64> add(Database& db, const MinutesComment& comment);
};

} // namespace csc
