// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesReview.h"

#include "Decisions.h"
#include "MeetingStore.h"
#include "Meetings.h"
#include "MinutesBook.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Confidentiality.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

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
    auto rows = MeetingStore::comments(db, meetingId);
    if (!rows)
        return rows.error();
    QList<MinutesComment> list;
    for (const MinutesCommentRow& r : rows.value())
        list.append({ r.id, r.meetingId, r.sectionId, r.memberId, r.author,
                      verdictFromKey(r.verdictKey), r.body, r.atUtc });
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
    auto decision = MeetingStore::approvalDecision(db, meetingId);
    if (!decision)
        return decision.error();
    result.decisionId = decision.value();
    // Approvals of an earlier circulation were about a text that has changed since.
    auto approving
        = MeetingStore::approvingMembers(db, meetingId,
                                         minutes.value().circulatedUtc.isValid()
                                             ? minutes.value().circulatedUtc.toString(Qt::ISODate)
                                             : QString());
    if (!approving)
        return approving.error();
    for (qint64 member : std::as_const(approving).value())
        result.approvals += voting.contains(member) ? 1 : 0;
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
    return MeetingStore::setApprovalDecision(db, Permission::EditMinutes, meetingId, decisionId);
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
        auto inMeeting = MeetingStore::sectionInMeeting(db, c.sectionId, c.meetingId);
        if (!inMeeting)
            return inMeeting.error();
        if (!inMeeting.value())
            return Error { tr("That section is no longer part of these minutes."), {} };
    }
    const UserSession& who = db.session();
    MinutesCommentRow row;
    row.meetingId = c.meetingId;
    row.sectionId = c.sectionId;
    row.memberId = who.memberId;
    row.author = who.name;
    row.verdictKey = verdictKey(c.verdict);
    row.body = c.body;
    row.atUtc = c.atUtc.isValid() ? c.atUtc.toUTC() : QDateTime::currentDateTimeUtc();
    // Who may comment or approve was checked by the caller (comment, approve, askForChanges).
    return auditedWrite(db, std::nullopt, [&](WriteScope& w) -> Result<qint64> {
        auto id = MeetingStore::insertComment(w, row);
        if (!id)
            return id;
        if (auto a
            = w.audit(QStringLiteral("minutes_comment"), id.value(), QStringLiteral("create"),
                      { { QStringLiteral("meeting"), {}, c.meetingId },
                        { QStringLiteral("verdict"), {}, verdictKey(c.verdict) },
                        { QStringLiteral("body"), {}, c.body } });
            !a)
            return a.error();
        return id;
    });
}

} // namespace csc
