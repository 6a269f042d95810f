// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Decisions.h"
#include "MeetingTypes.h"
#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The quorum of a meeting as the pages show it: counts and the one sentence.
struct QuorumSummary
{
    int votingMembers = 0;
    int votingPresent = 0;
    bool quorate = false;
    bool decisionsAllowed = false; // at least the decision minimum of voting members present
    QString text; // translated (AttendanceRecord::quorumText)
};

// Where a decision stands with respect to e-mail ratification (domain.md §6).
enum class Ratification {
    NotNeeded, // quorate, or taken by e-mail
    Possible, // taken at a meeting that was not quorate, not yet marked
    Awaited, // marked to be ratified by e-mail
    Ratified, // an e-mail decision ratified it
};

// Rules about decisions that the pages ask instead of re-deriving them; values in, values out.
class DecisionRules
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRules)

public:
    static QuorumSummary quorumSummary(const QuorumRules& rules,
                                       const QList<AttendanceEntry>& attendance);
    // The votes a newly recorded decision starts with: every voting member present (at a meeting)
    // or every voting member (by e-mail) in favour; liaisons do not vote.
    static QList<Vote> defaultVotes(bool byEmail, const QList<AttendanceEntry>& attendance);
    // The choices a member casts, in VoteChoice order.
    static QList<VoteChoice> voteChoices();
    // Whether `session` may cast their own vote (linked to a roster member, allowed to vote).
    static Status mayCastOwnVote(const UserSession& session);

    static Ratification ratification(const Decision& decision, const DecisionOutcome& outcome);
    // "To be ratified by e-mail", "Ratified by the e-mail decision of 3 Dec 2026", or empty.
    // `emailDecisions` lets it name the ratifying decision by its date.
    static QString ratificationText(const Decision& decision, const DecisionOutcome& outcome,
                                    const QList<Decision>& emailDecisions);
    // May the decision be marked to be ratified, or ratified now (EditMinutes and the state)?
    static Status mayMarkToRatify(const UserSession& session, const Decision& decision,
                                  const DecisionOutcome& outcome);
    static Status mayRatify(const UserSession& session, const Decision& decision,
                            const DecisionOutcome& outcome);
    // The e-mail decisions that can ratify or approve: taken by e-mail and carried.
    static QList<Decision> carriedEmailDecisions(const QList<Decision>& decisions,
                                                 const QList<DecisionOutcome>& outcomes);
    // The carried e-mail decisions taken on or after `day` (each judged by its own day's rules):
    // those that can ratify a decision of that day or approve its minutes. Reads through Decisions.
    static Result<QList<Decision>> carriedEmailDecisionsSince(const Database& db, QDate day);
    // How a decision is named when the user picks one: "3 Dec 2026 — text".
    static QString label(const Decision& decision);
};

} // namespace csc
