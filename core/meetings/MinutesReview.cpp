// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesReview.h"

#include "Decisions.h"
#include "Meetings.h"
#include "MinutesBook.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QLocale>
#include <QSet>

namespace csc {

QString MinutesReview::verdictKey(MinutesComment::Verdict verdict)
{
    switch (verdict) {
    case MinutesComment::Verdict::Approve:
        return QStringLiteral("approve");
    case MinutesComment::Verdict::Changes:
        return QStringLiteral("changes");
    case MinutesComment::Verdict::Comment:
        break;
    }
    return QStringLiteral("comment");
}

MinutesComment::Verdict MinutesReview::verdictFromKey(const QString& key)
{
    if (key == QLatin1String("approve"))
        return MinutesComment::Verdict::Approve;
    if (key == QLatin1String("changes"))
        return MinutesComment::Verdict::Changes;
    return MinutesComment::Verdict::Comment;
}

Result<QList<MinutesComment>> MinutesReview::ofMeeting(const Database& db, qint64 meetingId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, meeting_id, coalesce(section_id, 0), coalesce(member_id, "
                              "0), author, verdict, body, at_utc "
                              "FROM minutes_comment WHERE meeting_id = ? ORDER BY at_utc, id"));
    q.bind(meetingId);
    if (auto s = q.exec(); !s)
        return s.error();
    // A comment on a section goes where the section goes: the reader must be able to see it.
    QSet<qint64> visibleSections;
    if (!Visibility::seesConfidential(db)) {
        auto minutes = MinutesBook::minutes(db, meetingId);
        if (!minutes)
            return minutes.error();
        for (const MinutesSection& section : minutes.value().sections)
            visibleSections.insert(section.id);
    }
    QList<MinutesComment> list;
    while (q.next()) {
        const qint64 sectionId = q.value(2).toLongLong();
        if (!Visibility::seesConfidential(db) && sectionId != 0
            && !visibleSections.contains(sectionId))
            continue;
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toString(),
                      verdictFromKey(q.value(5).toString()), q.value(6).toString(),
                      QDateTime::fromString(q.value(7).toString(), Qt::ISODate) });
    }
    return list;
}

Result<qint64> MinutesReview::comment(Database& db, qint64 meetingId, qint64 sectionId,
                                      const QString& body)
{
    if (auto p = Permissions::check(db.session(), Permission::Comment); !p)
        return p.error();
    if (body.trimmed().isEmpty())
        return Error { tr("A comment needs some text."), {} };
    MinutesComment c;
    c.meetingId = meetingId;
    c.sectionId = sectionId;
    c.body = body.trimmed();
    return add(db, c);
}

Result<qint64> MinutesReview::approve(Database& db, qint64 meetingId, const QString& note,
                                      const QDateTime& atUtc)
{
    if (auto p = Permissions::check(db.session(), Permission::ApproveMinutes); !p)
        return p.error();
    MinutesComment c;
    c.meetingId = meetingId;
    c.verdict = MinutesComment::Verdict::Approve;
    c.body = note.trimmed();
    c.atUtc = atUtc;
    return add(db, c);
}

Result<qint64> MinutesReview::askForChanges(Database& db, qint64 meetingId, const QString& what)
{
    if (auto p = Permissions::check(db.session(), Permission::ApproveMinutes); !p)
        return p.error();
    if (what.trimmed().isEmpty())
        return Error { tr("Say which changes the minutes need."), {} };
    MinutesComment c;
    c.meetingId = meetingId;
    c.verdict = MinutesComment::Verdict::Changes;
    c.body = what.trimmed();
    return add(db, c);
}

int MinutesReview::approvalsNeeded(const Database& db, int votingMembers)
{
    const int rule
        = CommitteeSettings::intValue(db, CommitteeSettings::Key::MinutesApprovalsNeeded);
    if (rule > 0)
        return rule;
    return votingMembers / 2 + 1;
}

Result<MinutesApprovals> MinutesReview::approvals(const Database& db, qint64 meetingId)
{
    auto minutes = MinutesBook::minutes(db, meetingId);
    if (!minutes)
        return minutes.error();
    auto attendance = Meetings::attendance(db, meetingId);
    if (!attendance)
        return attendance.error();
    QSet<qint64> voting;
    for (const AttendanceEntry& a : attendance.value()) {
        if (a.voting)
            voting.insert(a.memberId);
    }
    MinutesApprovals result;
    result.votingMembers = int(voting.size());
    result.needed = approvalsNeeded(db, result.votingMembers);
    auto decision = queryScalar(
        db, QStringLiteral("SELECT approval_decision_id FROM minutes WHERE meeting_id = ?"),
        { meetingId });
    if (!decision)
        return decision.error();
    result.decisionId = decision.value().isNull() ? 0 : decision.value().toLongLong();
    // Approvals of an earlier circulation were about a text that has changed since.
    SqlQuery q(db,
               QStringLiteral("SELECT DISTINCT member_id FROM minutes_comment WHERE meeting_id = ? "
                              "AND verdict = 'approve' AND member_id IS NOT NULL AND at_utc >= ?"));
    q.bind(meetingId).bind(minutes.value().circulatedUtc.isValid()
                               ? minutes.value().circulatedUtc.toString(Qt::ISODate)
                               : QString());
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next())
        result.approvals += voting.contains(q.value(0).toLongLong()) ? 1 : 0;
    if (result.decisionId != 0)
        result.explanation = tr("Approved by the e-mail decision on record.");
    else if (result.enough())
        result.explanation = tr("%1 of %2 voting members have approved; %3 are needed.")
                                 .arg(result.approvals)
                                 .arg(result.votingMembers)
                                 .arg(result.needed);
    else
        result.explanation = tr("%1 of %2 voting members have approved; %3 are needed, or record "
                                "the e-mail decision.")
                                 .arg(result.approvals)
                                 .arg(result.votingMembers)
                                 .arg(result.needed);
    return result;
}

Status MinutesReview::recordEmailDecision(Database& db, qint64 meetingId, qint64 decisionId)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    auto minutes = MinutesBook::minutes(db, meetingId);
    if (!minutes)
        return minutes.error();
    if (!minutes.value().exists || minutes.value().state != MinutesState::Circulated)
        return Error { tr("Only circulated minutes can be approved by an e-mail decision."), {} };
    auto decision = Decisions::decision(db, decisionId);
    if (!decision)
        return decision.error();
    if (!decision.value().byEmail)
        return Error { tr("Decision %1 was not taken by e-mail.").arg(decisionId), {} };
    const DecisionOutcome outcome = Decisions::evaluate(
        Decisions::rules(db, decision.value().decidedOn), decision.value(), {});
    if (!outcome.carried)
        return Error { tr("The e-mail decision of %1 does not approve the minutes: %2")
                           .arg(
                               QLocale().toString(decision.value().decidedOn, QLocale::ShortFormat),
                               outcome.explanation),
                       {} };
    return auditedFieldUpdate(db, std::nullopt, QStringLiteral("minutes"), meetingId,
                              { { QStringLiteral("approval_decision_id"), {}, decisionId } },
                              QStringLiteral("UPDATE minutes SET approval_decision_id = ? WHERE "
                                             "meeting_id = ?"),
                              { decisionId, meetingId });
}

Result<qint64> MinutesReview::add(Database& db, const MinutesComment& c)
{
    auto minutes = MinutesBook::minutes(db, c.meetingId);
    if (!minutes)
        return minutes.error();
    // Approving or asking for changes only makes sense while the members review them.
    if (c.verdict != MinutesComment::Verdict::Comment
        && minutes.value().state != MinutesState::Circulated) {
        return Error { minutes.value().state == MinutesState::Draft
                           ? tr("These minutes are not circulated for approval yet.")
                           : tr("These minutes were approved already; they can no longer be "
                                "approved or changed."),
                       {} };
    }
    if (c.sectionId != 0) {
        auto inMeeting = queryScalar(
            db,
            QStringLiteral("SELECT count(*) FROM minutes_section WHERE id = ? AND meeting_id = ?"),
            { c.sectionId, c.meetingId });
        if (!inMeeting)
            return inMeeting.error();
        if (inMeeting.value().toInt() == 0)
            return Error { tr("That section is no longer part of these minutes."), {} };
    }
    const UserSession& who = db.session();
    const QString now = (c.atUtc.isValid() ? c.atUtc.toUTC() : QDateTime::currentDateTimeUtc())
                            .toString(Qt::ISODate);
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO minutes_comment(meeting_id, section_id, member_id, "
                                   "author, verdict, body, at_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(c.meetingId)
        .bind(c.sectionId ? QVariant(c.sectionId) : QVariant())
        .bind(who.memberId ? QVariant(who.memberId) : QVariant());
    insert.bind(who.name)
        .bind(verdictKey(c.verdict))
        .bind(c.body.isNull() ? QStringLiteral("") : c.body)
        .bind(now);
    if (auto s = insert.exec(); !s)
        return s.error();
    const qint64 id = insert.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("minutes_comment"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("meeting"), {}, c.meetingId },
                                    { QStringLiteral("verdict"), {}, verdictKey(c.verdict) },
                                    { QStringLiteral("body"), {}, c.body } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace csc
