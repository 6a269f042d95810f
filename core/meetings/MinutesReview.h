// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "core/util/Result.h"

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

// Where the approval of circulated minutes stands: the voting members' approvals since the
// minutes were (last) circulated, against the committee's rule, or a recorded e-mail decision.
struct MinutesApprovals
{
    int approvals = 0; // distinct voting members who approved this circulation
    int votingMembers = 0;
    int needed = 0;
    qint64 decisionId = 0; // the e-mail decision that approved them, if recorded
    bool enough() const { return decisionId != 0 || (needed > 0 && approvals >= needed); }
    QString explanation; // translated, one sentence
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
    // `atUtc` (default now) lets a record of approvals given earlier carry their time.
    static Result<qint64> approve(Database& db, qint64 meetingId, const QString& note = {},
                                  const QDateTime& atUtc = {});
    static Result<qint64> askForChanges(Database& db, qint64 meetingId, const QString& what);

    // The approvals the minutes have and need (CommitteeSettings::MinutesApprovalsNeeded).
    static Result<MinutesApprovals> approvals(const Database& db, qint64 meetingId);
    static int approvalsNeeded(const Database& db, int votingMembers);
    // The minutes approved by a carried e-mail decision instead of members' approvals (only while
    // circulated). Needs EditMinutes.
    static Status recordEmailDecision(Database& db, qint64 meetingId, qint64 decisionId);

    static QString verdictKey(MinutesComment::Verdict verdict);
    static MinutesComment::Verdict verdictFromKey(const QString& key);

private:
    static Result<qint64> add(Database& db, const MinutesComment& comment);
};

} // namespace csc
