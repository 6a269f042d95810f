// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "MinutesReview.h"
#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace csc {

// What can be done with a meeting's minutes now, and why not: the one place that says it, so
// the editor, the review panel and the command line never re-derive the workflow.
enum class MinutesAction {
    Generate, // create the draft from the meeting
    EditSections, // change a draft's sections
    Circulate, // draft -> circulated
    ReturnToDraft, // circulated -> draft
    Approve, // circulated -> approved (needs the members' approvals or an e-mail decision)
    Publish, // approved -> published
    Export, // write the public minutes
    MemberApprove, // a member approves the circulated minutes
    AskForChanges, // a member asks for changes
    Comment, // a member comments
    RecordEmailDecision, // the minutes approved by a carried e-mail decision
};

struct MinutesActionState
{
    MinutesAction action = MinutesAction::Generate;
    bool enabled = false;
    QString reason; // translated, why it is not possible now; empty when enabled
    Status status() const { return enabled ? Status {} : Status { Error { reason, {} } }; }
};

// Everything the answer depends on, read by the caller (no SQL here).
struct MinutesSituation
{
    qint64 meetingId = 0; // 0: no meeting selected
    Minutes minutes;
    std::optional<MinutesApprovals> approvals; // where the approvals stand, while circulated
    bool readOnly = false;
    QString readOnlyReason;
};

class MinutesActions
{
    Q_DECLARE_TR_FUNCTIONS(MinutesActions)

public:
    static QList<MinutesActionState> available(const UserSession& session,
                                               const MinutesSituation& situation);
    static MinutesActionState of(const UserSession& session, const MinutesSituation& situation,
                                 MinutesAction action);

    // What the members said about the minutes, in one sentence (the review panel's summary).
    static QString reviewSummary(const MinutesSituation& situation,
                                 const QList<MinutesComment>& reviews);
};

} // namespace csc
