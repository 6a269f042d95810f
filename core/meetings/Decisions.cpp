// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decisions.h"

#include "Committee.h"
#include "CompositionCheck.h"
#include "MeetingStore.h"
#include "Meetings.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace csc {

Result<QList<Decision>> Decisions::ofMeeting(const Database& db, qint64 meetingId)
{
    return MeetingStore::decisionsOfMeeting(db, meetingId);
}

Result<QList<Decision>> Decisions::byEmail(const Database& db, QDate from, QDate to)
{
    return MeetingStore::decisionsByEmail(db, from, to);
}

Result<Decision> Decisions::decision(const Database& db, qint64 decisionId)
{
    auto found = MeetingStore::decision(db, decisionId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error { tr("Decision %1 is not on record.").arg(decisionId), {} };
    return *found.value();
}

Status Decisions::markToRatifyByEmail(Database& db, qint64 decisionId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    auto d = decision(db, decisionId);
    if (!d)
        return d.error();
    if (d.value().byEmail || d.value().meetingId == 0)
        return Error { tr("Only a decision taken at a meeting is ratified by e-mail."), {} };
    auto attendance = Meetings::attendance(db, d.value().meetingId);
    if (!attendance)
        return attendance.error();
    if (isQuorate(rules(db, d.value().decidedOn), attendance.value()))
        return Error { tr("The meeting was quorate; its decision needs no ratification."), {} };
    return MeetingStore::markToRatifyByEmail(db, Permission::EditMinutes, decisionId);
}

Status Decisions::ratify(Database& db, qint64 decisionId, qint64 emailDecisionId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    auto d = decision(db, decisionId);
    if (!d)
        return d.error();
    if (!d.value().ratifyByEmail)
        return Error { tr("The decision is not marked to be ratified by e-mail."), {} };
    if (d.value().ratifiedByDecisionId != 0)
        return Error { tr("The decision was ratified already."), {} };
    auto email = decision(db, emailDecisionId);
    if (!email)
        return email.error();
    if (!email.value().byEmail)
        return Error { tr("A ratification is a decision taken by e-mail."), {} };
    const DecisionOutcome outcome = evaluate(rules(db, email.value().decidedOn), email.value(), {});
    if (!outcome.carried)
        return Error { tr("The e-mail decision does not ratify: %1").arg(outcome.explanation), {} };
    return MeetingStore::setRatifiedBy(db, Permission::EditMinutes, decisionId, emailDecisionId);
}

Result<qint64> Decisions::add(Database& db, const Decision& d)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p.error();
    if (d.text.trimmed().isEmpty())
        return Error { tr("A decision needs a text."), {} };
    if (!d.decidedOn.isValid())
        return Error { tr("A decision needs the date it was taken."), {} };
    if (!d.byEmail && d.meetingId == 0)
        return Error { tr("A decision is taken at a meeting or by e-mail."), {} };
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Result<qint64> {
        auto id = MeetingStore::insertDecision(w, d);
        if (!id)
            return id;
        if (auto a
            = w.audit(QStringLiteral("decision"), id.value(), QStringLiteral("create"),
                      { { QStringLiteral("meeting_id"), {}, d.meetingId },
                        { QStringLiteral("decided_on"), {}, d.decidedOn.toString(Qt::ISODate) },
                        { QStringLiteral("text"), {}, d.text.trimmed() },
                        { QStringLiteral("case_id"), {}, d.linkedCase.id },
                        { QStringLiteral("by_email"), {}, d.byEmail },
                        { QStringLiteral("confidential"), {}, d.confidential },
                        { QStringLiteral("agenda_item_id"), {}, d.agendaItemId },
                        { QStringLiteral("subject"),
                          {},
                          MeetingStore::subjectKey(d.aboutMonthlyReport) } });
            !a)
            return a.error();
        for (const Vote& v : d.votes) {
            if (auto s = recordVote(db, id.value(), v.memberId, v.choice); !s)
                return s.error();
        }
        return id;
    });
}

Status Decisions::recordVote(Database& db, qint64 decisionId, qint64 memberId, VoteChoice choice)
{
    const UserSession& session = db.session();
    const bool ownVote = session.memberId == memberId && memberId != 0;
    if (auto p = Permissions::check(session, ownVote ? Permission::Vote : Permission::EditMinutes);
        !p)
        return p;
    auto member = Committee::member(db, memberId);
    if (!member)
        return member.error();
    if (!member.value().voting || !Member::kindMayVote(member.value().kind))
        return Error { tr("%1 is a %2 and does not vote; only voting members' votes are recorded.")
                           .arg(member.value().name, MemberNames::kindName(member.value().kind)),
                       {} };
    // Votes close with the minutes: once they are approved, the record stands.
    auto closed = MeetingStore::decisionClosed(db, decisionId);
    if (!closed)
        return closed.error();
    if (closed.value())
        return Error { tr("This decision is closed: the minutes of its meeting were approved."),
                       {} };
    auto old = MeetingStore::voteChoice(db, decisionId, memberId);
    if (!old)
        return old.error();
    const QString key = MeetingNames::voteKey(choice);
    return auditedWrite(db, ownVote ? Permission::Vote : Permission::EditMinutes,
                        [&](WriteScope& w) -> Status {
                            if (auto s = MeetingStore::setVote(w, decisionId, memberId, choice); !s)
                                return s;
                            return w.audit(QStringLiteral("vote"),
                                           QStringLiteral("%1/%2").arg(decisionId).arg(memberId),
                                           QStringLiteral("update"),
                                           { { QStringLiteral("choice"), old.value(), key } });
                        });
}

QuorumRules Decisions::rules(const Database& db, QDate day)
{
    QuorumRules r;
    r.requireAllMembers
        = CommitteeSettings::value(db, CommitteeSettings::Key::QuorumRequiresAllMembers).toBool();
    r.decisionMinimumMembers
        = CommitteeSettings::intValue(db, CommitteeSettings::Key::DecisionMinimumMembers);
    if (auto roster = Committee::members(db))
        r.vacancies = CompositionCheck::hasVacancies(roster.value(), day);
    return r;
}

bool Decisions::isQuorate(const QuorumRules& rules, const QList<AttendanceEntry>& attendance)
{
    int voting = 0, present = 0;
    for (const AttendanceEntry& a : attendance) {
        if (!a.voting)
            continue;
        ++voting;
        if (a.status == AttendanceStatus::Present)
            ++present;
    }
    return rules.requireAllMembers ? (voting > 0 && present == voting)
                                   : present >= rules.decisionMinimumMembers;
}

DecisionOutcome Decisions::evaluate(const QuorumRules& rules, const Decision& decision,
                                    const QList<AttendanceEntry>& attendance)
{
    DecisionOutcome o;
    for (const Vote& v : decision.votes) {
        if (v.choice == VoteChoice::For)
            ++o.votesFor;
        else if (v.choice == VoteChoice::Against)
            ++o.votesAgainst;
        else
            ++o.abstentions;
    }
    if (decision.byEmail) {
        o.votingPresent = int(decision.votes.size());
        o.quorate = true;
    } else {
        for (const AttendanceEntry& a : attendance)
            o.votingPresent += a.voting && a.status == AttendanceStatus::Present ? 1 : 0;
        o.quorate = isQuorate(rules, attendance);
    }
    o.unanimityRequired = rules.vacancies;
    const bool enough = o.votingPresent >= rules.decisionMinimumMembers;
    const bool unanimous = o.votesAgainst == 0 && o.abstentions == 0 && o.votesFor > 0;
    if (!decision.byEmail && !o.quorate) {
        // domain.md §6: a meeting is quorate only with all appointed members; what it decides
        // otherwise stands only once ratified by an e-mail decision.
        o.toRatifyByEmail = true;
        o.explanation = tr("The meeting was not quorate: not carried; to be ratified by e-mail.");
    } else if (rules.vacancies && !decision.aboutMonthlyReport) {
        o.outOfScope = true;
        o.explanation = tr("With vacancies on the committee, decisions are limited to approving "
                           "the monthly report: not carried.");
    } else if (!enough) {
        o.explanation = decision.byEmail
            ? tr("Only %1 of the voting members answered; a decision needs at least %2.")
                  .arg(o.votingPresent)
                  .arg(rules.decisionMinimumMembers)
            : tr("Only %1 of the voting members present; a decision needs at least %2.")
                  .arg(o.votingPresent)
                  .arg(rules.decisionMinimumMembers);
    } else if (o.unanimityRequired && !unanimous) {
        o.explanation
            = tr("Not unanimous; with vacancies on the committee decisions must be unanimous.");
    } else if (o.votesFor <= o.votesAgainst) {
        o.explanation = tr("Not carried: %1 for, %2 against.").arg(o.votesFor).arg(o.votesAgainst);
    } else {
        o.carried = true;
        o.explanation = unanimous ? tr("Carried unanimously (%1 for).").arg(o.votesFor)
                                  : tr("Carried: %1 for, %2 against, %3 abstaining.")
                                        .arg(o.votesFor)
                                        .arg(o.votesAgainst)
                                        .arg(o.abstentions);
    }
    return o;
}

} // namespace csc
