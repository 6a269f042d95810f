// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesActions.h"

#include "core/domain/Permissions.h"

namespace csc {

namespace {

constexpr MinutesAction kAll[] = {
    MinutesAction::Generate,
    MinutesAction::EditSections,
    MinutesAction::Circulate,
    MinutesAction::ReturnToDraft,
    MinutesAction::Approve,
    MinutesAction::Publish,
    MinutesAction::Export,
    MinutesAction::MemberApprove,
    MinutesAction::AskForChanges,
    MinutesAction::Comment,
    MinutesAction::RecordEmailDecision,
};

Permission permissionFor(MinutesAction action)
{
    switch (action) {
    case MinutesAction::Approve:
    case MinutesAction::MemberApprove:
    case MinutesAction::AskForChanges:
        return Permission::ApproveMinutes;
    case MinutesAction::Publish:
        return Permission::PublishMinutes;
    case MinutesAction::Comment:
        return Permission::Comment;
    default:
        return Permission::EditMinutes;
    }
}

} // namespace

// Sentences the pages said before core did keep their wording (and their translations, moved to
// this context).
MinutesActionState MinutesActions::of(const UserSession& session, const MinutesSituation& situation,
                                      MinutesAction action)
{
    MinutesActionState state { action, false, {} };
    const auto refuse = [&](const QString& why) {
        state.reason = why;
        return state;
    };
    if (situation.meetingId == 0)
        return refuse(tr("Select a meeting first."));
    const Minutes& m = situation.minutes;
    const bool draft = m.exists && m.state == MinutesState::Draft;
    const bool circulated = m.exists && m.state == MinutesState::Circulated;
    const bool approved = m.exists && m.state == MinutesState::Approved;
    // Exporting reads; everything else writes the record.
    if (action == MinutesAction::Export) {
        if (!m.exists)
            return refuse(tr("There are no minutes yet."));
        state.enabled = true;
        return state;
    }
    if (situation.readOnly)
        return refuse(tr("The database is read-only: %1").arg(situation.readOnlyReason));
    if (auto p = Permissions::check(session, permissionFor(action)); !p)
        return refuse(p.error().message);
    // In a review copy a member approves through the review (MinutesReview); the workflow itself
    // is the committee's record, as MinutesBook::advance refuses.
    const bool review = action == MinutesAction::MemberApprove
        || action == MinutesAction::AskForChanges || action == MinutesAction::Comment;
    if (session.reviewCopy && !review) {
        if (auto p = Permissions::check(session, Permission::EditMinutes); !p)
            return refuse(p.error().message);
    }
    switch (action) {
    case MinutesAction::Generate:
        if (m.exists)
            return refuse(tr("The minutes exist already."));
        break;
    case MinutesAction::EditSections:
        if (!draft)
            return refuse(m.exists ? tr("Only a draft can be edited.")
                                   : tr("There are no minutes yet."));
        break;
    case MinutesAction::Circulate:
        if (!draft)
            return refuse(tr("Only a draft can be circulated."));
        break;
    case MinutesAction::ReturnToDraft:
        if (!circulated)
            return refuse(tr("Only circulated minutes go back to draft."));
        break;
    case MinutesAction::Approve:
        if (!circulated)
            return refuse(tr("Only circulated minutes can be approved."));
        // domain.md §6: the members' approvals (or an e-mail decision), not one click.
        if (situation.approvals && !situation.approvals->enough())
            return refuse(situation.approvals->explanation);
        break;
    case MinutesAction::Publish:
        if (!approved)
            return refuse(tr("Only approved minutes can be published."));
        break;
    case MinutesAction::MemberApprove:
    case MinutesAction::AskForChanges:
        if (!circulated)
            return refuse(tr("Members approve or ask for changes once the minutes are "
                             "circulated."));
        break;
    case MinutesAction::Comment:
        if (!m.exists)
            return refuse(tr("There are no minutes yet."));
        break;
    case MinutesAction::RecordEmailDecision:
        if (!circulated)
            return refuse(tr("Only circulated minutes can be approved by an e-mail decision."));
        if (situation.approvals && situation.approvals->decisionId != 0)
            return refuse(tr("An e-mail decision approving these minutes is recorded already."));
        break;
    case MinutesAction::Export:
        break;
    }
    state.enabled = true;
    return state;
}

QList<MinutesActionState> MinutesActions::available(const UserSession& session,
                                                    const MinutesSituation& situation)
{
    QList<MinutesActionState> states;
    for (MinutesAction action : kAll)
        states.append(of(session, situation, action));
    return states;
}

QString MinutesActions::reviewSummary(const MinutesSituation& situation,
                                      const QList<MinutesComment>& reviews)
{
    int approvals = 0;
    int changes = 0;
    for (const MinutesComment& c : reviews) {
        approvals += c.verdict == MinutesComment::Verdict::Approve ? 1 : 0;
        changes += c.verdict == MinutesComment::Verdict::Changes ? 1 : 0;
    }
    const Minutes& m = situation.minutes;
    if (!m.exists)
        return tr("No minutes yet.");
    if (m.state != MinutesState::Circulated)
        return tr("Members review the minutes once they are circulated. %n approval(s) recorded.",
                  nullptr, approvals);
    QString text = tr("Circulated for approval: %n approval(s)", nullptr, approvals)
        + QLatin1String(", ") + tr("%n request(s) for changes.", nullptr, changes);
    // Where the rule stands (approvals needed, or the e-mail decision), as core counts it.
    if (situation.approvals)
        text += QLatin1Char(' ') + situation.approvals->explanation;
    return text;
}

} // namespace csc
