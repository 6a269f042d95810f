// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

struct DecisionOutcome
{
    bool quorate = false;
    int votingPresent
        = 0; // at a meeting: voting members present; by e-mail: voting members who answered
    int votesFor = 0;
    int votesAgainst = 0;
    int abstentions = 0;
    bool unanimityRequired = false;
    bool carried = false;
    // Taken at a meeting that was not quorate: not carried, to be ratified by e-mail.
    bool toRatifyByEmail = false;
    // With vacancies a decision other than approving the monthly report is out of scope.
    bool outOfScope = false;
    QString explanation; // translated, one sentence
};

// Decisions at meetings and by e-mail between them, and the votes of voting members.
class Decisions
{
    Q_DECLARE_TR_FUNCTIONS(Decisions)

public:
    static Result<QList<Decision>> ofMeeting(const Database& db, qint64 meetingId);
    static Result<QList<Decision>> byEmail(const Database& db, QDate from, QDate to);
    static Result<Decision> decision(const Database& db, qint64 decisionId);

    // Needs Permission::EditMinutes.
    static Result<qint64> add(Database& db, const Decision& decision);
    // Records `memberId`'s vote: the member must be a voting member (liaisons do not
    // vote). The session needs Permission::Vote for its own vote, else EditMinutes
    // (the secretariat records votes taken at a meeting).
    static Status recordVote(Database& db, qint64 decisionId, qint64 memberId, VoteChoice choice);

    // The rules as they stand today for a meeting on `day`; a held meeting is judged by
    // the rules recorded with its roll (MeetingRecord::rules, Meetings::rules).
    // A decision at a meeting that was not quorate, marked to be ratified by e-mail, and the
    // carried e-mail decision that ratifies it (each audited). Need Permission::EditMinutes.
    static Status markToRatifyByEmail(Database& db, qint64 decisionId);
    static Status ratify(Database& db, qint64 decisionId, qint64 emailDecisionId);

    static QuorumRules rules(const Database& db, QDate day);
    static bool isQuorate(const QuorumRules& rules, const QList<AttendanceEntry>& attendance);
    // At a meeting, `attendance` says who was there; by e-mail it is ignored.
    static DecisionOutcome evaluate(const QuorumRules& rules, const Decision& decision,
                                    const QList<AttendanceEntry>& attendance);
};

} // namespace csc
