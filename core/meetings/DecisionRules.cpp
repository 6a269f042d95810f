// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionRules.h"

#include "AttendanceRecord.h"
#include "core/domain/Permissions.h"

#include <QLocale>

namespace csc {

QuorumSummary DecisionRules::quorumSummary(const QuorumRules& rules,
                                           const QList<AttendanceEntry>& attendance)
{
    QuorumSummary s;
    for (const AttendanceEntry& e : attendance) {
        s.votingMembers += e.voting ? 1 : 0;
        s.votingPresent += e.voting && e.status == AttendanceStatus::Present ? 1 : 0;
    }
    s.quorate = Decisions::isQuorate(rules, attendance);
    s.decisionsAllowed = s.votingPresent >= rules.decisionMinimumMembers;
    s.text = AttendanceRecord::quorumText(rules, attendance);
    return s;
}

QList<Vote> DecisionRules::defaultVotes(bool byEmail, const QList<AttendanceEntry>& attendance)
{
    QList<Vote> votes;
    for (const AttendanceEntry& e : attendance) {
        if (e.voting && (byEmail || e.status == AttendanceStatus::Present))
            votes.append({ e.memberId, e.name, VoteChoice::For });
    }
    return votes;
}

QList<VoteChoice> DecisionRules::voteChoices()
{
    return { VoteChoice::For, VoteChoice::Against, VoteChoice::Abstain };
}

Status DecisionRules::mayCastOwnVote(const UserSession& session)
{
    if (session.memberId == 0)
        return Error {
            // The page's sentence before core said it: its wording and translation context kept.
            QCoreApplication::translate(
                "csc::MeetingsPage",
                "Your profile is not linked to a member of the roster, so you cannot vote."),
            {}
        };
    return Permissions::check(session, Permission::Vote);
}

Ratification DecisionRules::ratification(const Decision& decision, const DecisionOutcome& outcome)
{
    if (decision.ratifiedByDecisionId != 0)
        return Ratification::Ratified;
    if (decision.ratifyByEmail)
        return Ratification::Awaited;
    if (!decision.byEmail && outcome.toRatifyByEmail)
        return Ratification::Possible;
    return Ratification::NotNeeded;
}

QString DecisionRules::ratificationText(const Decision& decision, const DecisionOutcome& outcome,
                                        const QList<Decision>& emailDecisions)
{
    switch (ratification(decision, outcome)) {
    case Ratification::Ratified:
        for (const Decision& e : emailDecisions) {
            if (e.id == decision.ratifiedByDecisionId)
                return tr("Ratified by the e-mail decision of %1.")
                    .arg(QLocale().toString(e.decidedOn, QLocale::ShortFormat));
        }
        return tr("Ratified by an e-mail decision.");
    case Ratification::Awaited:
        return tr("To be ratified by e-mail: not yet ratified.");
    case Ratification::Possible:
        return tr("Not marked for ratification by e-mail.");
    case Ratification::NotNeeded:
        break;
    }
    return {};
}

Status DecisionRules::mayMarkToRatify(const UserSession& session, const Decision& decision,
                                      const DecisionOutcome& outcome)
{
    if (auto p = Permissions::check(session, Permission::EditMinutes); !p)
        return p;
    switch (ratification(decision, outcome)) {
    case Ratification::Possible:
        return {};
    case Ratification::NotNeeded:
        return Error { decision.byEmail
                           ? tr("Only a decision taken at a meeting is ratified by e-mail.")
                           : tr("The meeting was quorate; its decision needs no ratification."),
                       {} };
    case Ratification::Awaited:
        return Error { tr("The decision is marked to be ratified by e-mail already."), {} };
    case Ratification::Ratified:
        return Error { tr("The decision was ratified already."), {} };
    }
    return {};
}

Status DecisionRules::mayRatify(const UserSession& session, const Decision& decision,
                                const DecisionOutcome& outcome)
{
    if (auto p = Permissions::check(session, Permission::EditMinutes); !p)
        return p;
    switch (ratification(decision, outcome)) {
    case Ratification::Awaited:
        return {};
    case Ratification::Ratified:
        return Error { tr("The decision was ratified already."), {} };
    case Ratification::Possible:
        return Error { tr("Mark the decision to be ratified by e-mail first."), {} };
    case Ratification::NotNeeded:
        return Error { tr("The decision is not marked to be ratified by e-mail."), {} };
    }
    return {};
}

QList<Decision> DecisionRules::carriedEmailDecisions(const QList<Decision>& decisions,
                                                     const QList<DecisionOutcome>& outcomes)
{
    QList<Decision> carried;
    for (qsizetype i = 0; i < decisions.size() && i < outcomes.size(); ++i) {
        if (decisions.at(i).byEmail && outcomes.at(i).carried)
            carried.append(decisions.at(i));
    }
    return carried;
}

Result<QList<Decision>> DecisionRules::carriedEmailDecisionsSince(const Database& db, QDate day)
{
    auto emails = Decisions::byEmail(db, day, day.addYears(1));
    if (!emails)
        return emails.error();
    QList<DecisionOutcome> outcomes;
    for (const Decision& d : std::as_const(emails.value()))
        outcomes.append(Decisions::evaluate(Decisions::rules(db, d.decidedOn), d, {}));
    return carriedEmailDecisions(emails.value(), outcomes);
}

QString DecisionRules::label(const Decision& decision)
{
    return tr("%1 — %2").arg(QLocale().toString(decision.decidedOn, QLocale::ShortFormat),
                             decision.text);
}

} // namespace csc
