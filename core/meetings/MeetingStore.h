// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MeetingTypes.h"
#include "WorkPlan.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

namespace csc {

class Database;
class WriteScope;

// What a minutes comment is stored as (MinutesReview adds the rules around it).
struct MinutesCommentRow
{
    qint64 id = 0;
    qint64 meetingId = 0;
    qint64 sectionId = 0;
    qint64 memberId = 0;
    QString author;
    QString verdictKey;
    QString body;
    QDateTime atUtc;
};

// A minutes section as stored, before any rule looks at it.
struct SectionRow
{
    qint64 meetingId = 0;
    QString heading;
    QString bodyHtml;
    bool confidential = false;
};

// All SQL of meetings and their record: agenda, attendance and roll, minutes with their
// sections, review and approvals, decisions and votes, action items, the work plan,
// meeting places, obligation anchors and the circulated mail. Reads take the database
// and apply what the session's role may see (Visibility) here, once; writes take the
// WriteScope of the rule's auditedWrite, so the rules never see SQL and every write
// lands in one audited transaction. All statements run unchanged on SQLite and
// PostgreSQL; what differs goes through SqlDialect.
class MeetingStore
{
public:
    // --- meetings
    static Result<QList<Meeting>> meetings(const Database& db); // not archived, newest first
    static Result<std::optional<Meeting>> meeting(const Database& db, qint64 id);
    static Result<std::optional<Meeting>> meetingOn(const Database& db, QDate day);
    // The day of the latest meeting numbered below `number` (invalid when none).
    static Result<QDate> previousMeetingDay(const Database& db, int number);
    static Result<QDate> firstMeetingDay(const Database& db); // archived ones too
    static Result<int> nextMeetingNumber(const Database& db);
    static Result<qint64> insertMeeting(WriteScope& w, int number, MeetingKind kind,
                                        const QString& startsUtc, int durationMinutes);
    // Meetings started by `nowUtc` whose roll is not recorded yet, by number.
    static Result<QList<qint64>> heldWithoutRoll(const Database& db, const QDateTime& nowUtc);

    // --- agenda (confidential items only for a role that sees them)
    static Result<QList<AgendaItem>> agenda(const Database& db, qint64 meetingId);
    static Result<qint64> insertAgendaItem(WriteScope& w, qint64 meetingId, int position,
                                           const AgendaItem& item);
    static Status updateAgendaItem(Database& db, std::optional<Permission> permission,
                                   const AgendaItem& item, const QList<FieldChange>& changes);
    static Status deleteAgendaItem(WriteScope& w, qint64 agendaItemId);
    // Rewrites positions 0..n-1 in the given order.
    static Status renumberAgenda(WriteScope& w, const QList<qint64>& ids);
    static Result<qint64> meetingOfAgendaItem(const Database& db, qint64 agendaItemId);
    static Result<int> sectionsOfAgendaItem(const Database& db, qint64 agendaItemId);
    // Decisions and action items recorded under the item.
    static Result<int> recordsUnderAgendaItem(const Database& db, qint64 agendaItemId);

    // --- attendance and the recorded roll
    static Result<bool> rollRecorded(const Database& db, qint64 meetingId);
    static Result<QHash<qint64, AttendanceStatus>> attendanceStatuses(const Database& db,
                                                                      qint64 meetingId);
    // The recorded roll: each member as they were when it was recorded.
    static Result<QList<AttendanceEntry>> recordedAttendance(const Database& db, qint64 meetingId);
    static Result<std::optional<QuorumRules>> recordedRules(const Database& db, qint64 meetingId);
    // The member's status key, or null when they have no attendance row.
    static Result<QVariant> attendanceStatus(const Database& db, qint64 meetingId, qint64 memberId);
    // Records the rules and the members as listed (their statuses and who they are now).
    static Status insertRoll(WriteScope& w, qint64 meetingId, const QuorumRules& rules,
                             const QList<AttendanceEntry>& roll);
    // A member added to a recorded roll, as they are on the roster.
    static Status insertAttendance(WriteScope& w, qint64 meetingId, const Member& member,
                                   AttendanceStatus status);
    static Status setAttendanceStatus(WriteScope& w, qint64 meetingId, qint64 memberId,
                                      AttendanceStatus status);

    // A case as a meeting's reader may see it; empty for a missing or hidden one.
    static Result<std::optional<CaseLink>> caseLink(const Database& db, qint64 caseId);

    // --- meeting places
    static Result<QString> location(const Database& db, qint64 meetingId);
    static Result<QHash<qint64, QString>> locations(const Database& db);
    static Status setLocation(WriteScope& w, qint64 meetingId, const QString& location);

    // --- action items (confidential ones only for a role that sees them)
    static Result<QList<ActionItem>> actionItemsOfMeeting(const Database& db, qint64 meetingId);
    // Pending items of meetings numbered below `beforeNumber` (0: all).
    static Result<QList<ActionItem>> openActionItems(const Database& db, int beforeNumber);
    static Result<std::optional<ActionItem>> actionItem(const Database& db, qint64 id);
    static Result<int> nextActionSeq(const Database& db, qint64 meetingId);
    static Result<qint64> insertActionItem(WriteScope& w, const ActionItem& item);
    static Status updateActionItemStatus(Database& db, std::optional<Permission> permission,
                                         qint64 id, const QList<FieldChange>& changes,
                                         bool completed, const QString& note);
    static QString actionStatusKey(bool completed);

    // --- decisions and votes (confidential ones only for a role that sees them)
    static Result<QList<Decision>> decisionsOfMeeting(const Database& db, qint64 meetingId);
    static Result<QList<Decision>> decisionsByEmail(const Database& db, QDate from, QDate to);
    static Result<std::optional<Decision>> decision(const Database& db, qint64 decisionId);
    static Result<qint64> insertDecision(WriteScope& w, const Decision& decision);
    static Status markToRatifyByEmail(Database& db, std::optional<Permission> permission,
                                      qint64 decisionId);
    static Status setRatifiedBy(Database& db, std::optional<Permission> permission,
                                qint64 decisionId, qint64 emailDecisionId);
    // The decision's meeting has approved (or published) minutes.
    static Result<bool> decisionClosed(const Database& db, qint64 decisionId);
    // The member's vote key, or null.
    static Result<QVariant> voteChoice(const Database& db, qint64 decisionId, qint64 memberId);
    static Status setVote(WriteScope& w, qint64 decisionId, qint64 memberId, VoteChoice choice);
    static QString subjectKey(bool aboutMonthlyReport);

    // --- minutes (confidential sections only for a role that sees them)
    static Result<Minutes> minutes(const Database& db, qint64 meetingId);
    static Result<bool> minutesClosed(const Database& db, qint64 meetingId); // approved/published
    static Result<QSet<qint64>> meetingsWithPublishedMinutes(const Database& db);
    static Status insertMinutes(WriteScope& w, qint64 meetingId);
    // Moves the minutes to `to`, writing when (`atUtc`), by whom and where as that state keeps.
    static Status setMinutesState(WriteScope& w, qint64 meetingId, MinutesState to,
                                  const QString& atUtc, const QString& by, const QString& where);
    static Result<qint64> approvalDecision(const Database& db, qint64 meetingId); // 0: none
    static Status setApprovalDecision(Database& db, std::optional<Permission> permission,
                                      qint64 meetingId, qint64 decisionId);
    static Result<int> nextSectionPosition(const Database& db, qint64 meetingId);
    static Result<qint64> insertSection(WriteScope& w, qint64 meetingId, int position,
                                        const MinutesSection& section);
    static Result<std::optional<SectionRow>> section(const Database& db, qint64 sectionId);
    static Status updateSection(Database& db, std::optional<Permission> permission,
                                const MinutesSection& section, const QList<FieldChange>& changes);
    static Result<bool> sectionInMeeting(const Database& db, qint64 sectionId, qint64 meetingId);

    // --- minutes review: comments on sections visible to the reader only
    static Result<QList<MinutesCommentRow>> comments(const Database& db, qint64 meetingId);
    // Members who approved at or after `sinceUtc` (ISO; empty: any time).
    static Result<QList<qint64>> approvingMembers(const Database& db, qint64 meetingId,
                                                  const QString& sinceUtc);
    static Result<qint64> insertComment(WriteScope& w, const MinutesCommentRow& comment);

    // --- work plan (internal items and those about confidential cases for roles that see them)
    static Result<QList<WorkItem>> workItems(const Database& db);
    static Result<qint64> insertWorkItem(WriteScope& w, const WorkItem& item);
    static Status updateWorkItem(Database& db, std::optional<Permission> permission,
                                 const WorkItem& item, const QList<FieldChange>& changes);
    static QString workStatusKey(WorkItem::Status status);

    // --- obligation calendar anchors ("transition", "first_meeting", …)
    static Result<QDate> anchor(const Database& db, const QString& key);
    // Sets the anchor, or removes it for an invalid day.
    static Status setAnchor(WriteScope& w, const QString& key, QDate day);

    // --- circulated mail: the copy of every message prepared for the roster
    static Result<qint64> insertCirculatedMail(WriteScope& w, qint64 meetingId, QDate month,
                                               const QString& purposeKey, const QString& createdUtc,
                                               const QString& subject, const QString& recipients,
                                               const QByteArray& eml);
    struct CirculatedMail
    {
        qint64 id = 0;
        QDateTime createdUtc;
        QString purposeKey;
        QString subject;
        QString recipients;
    };
    // The kept copies of one meeting (meetingId > 0) or of one month's findings, newest first.
    static Result<QList<CirculatedMail>> circulatedMail(const Database& db, qint64 meetingId,
                                                        QDate month);
    // The kept message itself; nullopt when there is no such copy.
    static Result<std::optional<QByteArray>> circulatedMailMessage(const Database& db, qint64 id);
};

} // namespace csc
