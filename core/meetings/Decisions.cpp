// SPDX-License-Identifier: GPL-3.0-or-later
#include "Decisions.h"

#include "Committee.h"
#include "CompositionCheck.h"
#include "Meetings.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

namespace {

Result<QList<Decision>> run(const Database& db, SqlQuery& q)
{
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Decision> list;
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toLongLong();
        d.meetingId = q.value(1).toLongLong();
        d.decidedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        d.text = q.value(3).toString();
        d.linkedCase = { q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString(),
                         q.value(7).toInt() != 0, q.value(8).toInt() != 0 };
        d.byEmail = q.value(9).toInt() != 0;
        d.confidential = q.value(10).toInt() != 0;
        d.agendaItemId = q.value(11).toLongLong();
        CaseLink itemCase;
        itemCase.id = q.value(13).toLongLong();
        itemCase.confidential = q.value(14).toInt() != 0;
        itemCase.exercise = q.value(15).toInt() != 0;
        d.agendaItemConfidential = d.agendaItemId != 0
            && Confidentiality::ofAgendaItem(q.value(12).toInt() != 0, itemCase);
        d.aboutMonthlyReport = q.value(16).toString() == QLatin1String("monthly_report");
        d.ratifyByEmail = q.value(17).toInt() != 0;
        d.ratifiedByDecisionId = q.value(18).toLongLong();
        // Observers receive what the public minutes would show, and no more.
        if (!Visibility::seesConfidential(db) && d.isConfidential())
            continue;
        d.linkedCase = Visibility::caseLinkFor(db, d.linkedCase);
        list.append(d);
    }
    SqlQuery votes(db,
                   QStringLiteral("SELECT v.member_id, m.name, v.choice FROM vote v JOIN member m "
                                  "ON m.id = v.member_id WHERE v.decision_id = ? ORDER BY m.name"));
    for (Decision& d : list) {
        votes.bind(d.id);
        if (auto s = votes.exec(); !s)
            return s.error();
        while (votes.next())
            d.votes.append({ votes.value(0).toLongLong(), votes.value(1).toString(),
                             MeetingNames::voteFromKey(votes.value(2).toString()) });
    }
    return list;
}

const QString kSelect
    = QStringLiteral("SELECT d.id, coalesce(d.meeting_id, 0), d.decided_on, d.text, "
                     "coalesce(d.case_id, 0), coalesce(c.reference, ''), coalesce(c.title, ''), "
                     "coalesce(c.confidential, 1), coalesce(c.is_exercise, 0), d.by_email, "
                     "d.confidential, coalesce(d.agenda_item_id, 0), coalesce(a.confidential, 0), "
                     "coalesce(a.case_id, 0), coalesce(ac.confidential, 1), "
                     "coalesce(ac.is_exercise, 0), d.subject, d.ratify_by_email, "
                     "coalesce(d.ratified_by_decision_id, 0) FROM decision d "
                     "LEFT JOIN case_record c ON c.id = d.case_id "
                     "LEFT JOIN agenda_item a ON a.id = d.agenda_item_id "
                     "LEFT JOIN case_record ac ON ac.id = a.case_id ");

} // namespace

Result<QList<Decision>> Decisions::ofMeeting(const Database& db, qint64 meetingId)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE d.meeting_id = ? ORDER BY d.id"));
    q.bind(meetingId);
    return run(db, q);
}

Result<QList<Decision>> Decisions::byEmail(const Database& db, QDate from, QDate to)
{
    SqlQuery q(db,
               kSelect
                   + QStringLiteral("WHERE d.by_email = 1 AND d.decided_on BETWEEN ? AND ? ORDER "
                                    "BY d.decided_on, d.id"));
    q.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    return run(db, q);
}

Result<Decision> Decisions::decision(const Database& db, qint64 decisionId)
{
    SqlQuery q(db, kSelect + QStringLiteral("WHERE d.id = ?"));
    q.bind(decisionId);
    auto list = run(db, q);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error { tr("Decision %1 is not on record.").arg(decisionId), {} };
    return list.value().first();
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
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("decision"), decisionId,
        { { QStringLiteral("ratify_by_email"), false, true } },
        QStringLiteral("UPDATE decision SET ratify_by_email = 1 WHERE id = ?"), { decisionId });
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
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("decision"), decisionId,
        { { QStringLiteral("ratified_by_decision_id"), {}, emailDecisionId } },
        QStringLiteral("UPDATE decision SET ratified_by_decision_id = ? WHERE id = ?"),
        { emailDecisionId, decisionId });
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO decision(meeting_id, decided_on, text, case_id, "
                              "by_email, confidential, agenda_item_id, subject) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(d.meetingId > 0 ? QVariant(d.meetingId) : QVariant())
        .bind(d.decidedOn.toString(Qt::ISODate))
        .bind(d.text.trimmed());
    q.bind(d.linkedCase.id > 0 ? QVariant(d.linkedCase.id) : QVariant())
        .bind(d.byEmail ? 1 : 0)
        .bind(d.confidential ? 1 : 0)
        .bind(d.agendaItemId > 0 ? QVariant(d.agendaItemId) : QVariant())
        .bind(d.aboutMonthlyReport ? QStringLiteral("monthly_report") : QStringLiteral("general"));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(
            db, QStringLiteral("decision"), QString::number(id), QStringLiteral("create"),
            { { QStringLiteral("meeting_id"), {}, d.meetingId },
              { QStringLiteral("decided_on"), {}, d.decidedOn.toString(Qt::ISODate) },
              { QStringLiteral("text"), {}, d.text.trimmed() },
              { QStringLiteral("case_id"), {}, d.linkedCase.id },
              { QStringLiteral("by_email"), {}, d.byEmail },
              { QStringLiteral("confidential"), {}, d.confidential },
              { QStringLiteral("agenda_item_id"), {}, d.agendaItemId },
              { QStringLiteral("subject"),
                {},
                d.aboutMonthlyReport ? QStringLiteral("monthly_report")
                                     : QStringLiteral("general") } });
        !a)
        return a.error();
    for (const Vote& v : d.votes) {
        if (auto s = recordVote(db, id, v.memberId, v.choice); !s)
            return s.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
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
    auto closed = queryScalar(
        db,
        QStringLiteral(
            "SELECT m.state FROM decision d JOIN minutes m ON m.meeting_id = d.meeting_id "
            "WHERE d.id = ? AND m.state IN ('approved', 'published')"),
        { decisionId });
    if (!closed)
        return closed.error();
    if (closed.value().isValid())
        return Error { tr("This decision is closed: the minutes of its meeting were approved."),
                       {} };
    auto old = queryScalar(
        db, QStringLiteral("SELECT choice FROM vote WHERE decision_id = ? AND member_id = ?"),
        { decisionId, memberId });
    if (!old)
        return old.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString key = MeetingNames::voteKey(choice);
    if (auto s
        = execute(db,
                  QStringLiteral(
                      "INSERT INTO vote(decision_id, member_id, choice) VALUES (?, ?, ?) "
                      "ON CONFLICT(decision_id, member_id) DO UPDATE SET choice = excluded.choice"),
                  { decisionId, memberId, key });
        !s)
        return s;
    if (auto a = AuditLog::record(
            db, QStringLiteral("vote"), QStringLiteral("%1/%2").arg(decisionId).arg(memberId),
            QStringLiteral("update"), { { QStringLiteral("choice"), old.value(), key } });
        !a)
        return a.error();
    return tx.commit();
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
