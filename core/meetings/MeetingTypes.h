// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Member.h"
#include "core/domain/CaseLink.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace csc {

enum class MeetingKind { Monthly, Extraordinary, Consultation };
enum class AgendaKind { RollCall, ActionItems, ActionItem, Performance, Topic, Aob, Adjourn };
enum class AttendanceStatus { Present, Apologies, Absent };
enum class VoteChoice { For, Against, Abstain };
enum class MinutesState { Draft, Circulated, Approved, Published };

struct Meeting
{
    qint64 id = 0;
    int number = 0;
    MeetingKind kind = MeetingKind::Monthly;
    QDateTime startsUtc;
    int durationMinutes = 90;
    QString recordingLink;

    // Meetings are held in UTC (domain.md §2): the minutes deadline counts from the UTC day.
    QDate day() const { return startsUtc.toUTC().date(); }
};

struct AgendaItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int position = 0;
    AgendaKind kind = AgendaKind::Topic;
    QString title;
    bool confidential = false;
    CaseLink linkedCase;
    QString performanceMonth; // "YYYY-MM" for the monthly performance review
    qint64 actionItemId = 0; // a carried-over action item
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const AgendaItem&) const = default;

    // Flagged or about a confidential case (Confidentiality decides).
    bool isConfidential() const;
};

// How the internal procedures of domain.md §6 judge a meeting and a decision.
struct QuorumRules
{
    bool requireAllMembers = true; // quorate only when every appointed voting member attends
    int decisionMinimumMembers = 3;
    bool vacancies = false; // fewer voting seats than the charter asks: decisions must be unanimous
};

struct AttendanceEntry
{
    qint64 memberId = 0;
    QString name;
    QString affiliation;
    Member::Kind kind = Member::Kind::Gtld;
    bool voting = false;
    AttendanceStatus status = AttendanceStatus::Absent;
};

struct Vote
{
    qint64 memberId = 0;
    QString memberName;
    VoteChoice choice = VoteChoice::For;
};

struct Decision
{
    qint64 id = 0;
    qint64 meetingId = 0; // 0: taken by e-mail between meetings
    QDate decidedOn;
    QString text;
    CaseLink linkedCase;
    bool byEmail = false;
    bool confidential = false; // the flag set on the decision itself
    qint64 agendaItemId = 0; // the agenda item it was taken under, if recorded
    bool agendaItemConfidential = false; // filled by core's reads
    QList<Vote> votes;

    bool isConfidential() const; // Confidentiality::ofDecision
    // Approving the monthly report: the one decision a committee with vacancies may take.
    bool aboutMonthlyReport = false;
    // Taken at a meeting that was not quorate and marked to be ratified by e-mail; the e-mail
    // decision that ratified it, once there is one.
    bool ratifyByEmail = false;
    qint64 ratifiedByDecisionId = 0;
};

struct ActionItem
{
    qint64 id = 0;
    qint64 meetingId = 0;
    int meetingNumber = 0;
    int meetingYear = 0;
    int seq = 0;
    QString text;
    qint64 ownerMemberId = 0;
    QString ownerName;
    QDate due;
    bool completed = false;
    QString note;
    bool confidential = false; // the flag set on the item itself
    qint64 agendaItemId = 0; // the agenda item it was raised under, if recorded
    bool agendaItemConfidential = false; // filled by core's reads
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const ActionItem&) const = default;

    bool isConfidential() const; // Confidentiality::ofActionItem

    // "Action item 01 66 2022": item, meeting number, year (domain.md §6).
    QString identifier() const
    {
        return QStringLiteral("Action item %1 %2 %3")
            .arg(seq, 2, 10, QLatin1Char('0'))
            .arg(meetingNumber)
            .arg(meetingYear);
    }
};

struct MinutesSection
{
    qint64 id = 0;
    int position = 0;
    qint64 agendaItemId = 0;
    QString heading;
    QString bodyHtml;
    bool confidential = false; // the section's own flag (the editor's tick)
    // Filled by core's reads: its agenda item, or a case it refers to, is confidential.
    bool confidentialByContext = false;
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const MinutesSection&) const = default;

    bool isConfidential() const { return confidential || confidentialByContext; }
};

struct Minutes
{
    qint64 meetingId = 0;
    bool exists = false;
    MinutesState state = MinutesState::Draft;
    QDateTime circulatedUtc;
    QString approvedBy;
    QDateTime approvedUtc;
    QDateTime publishedUtc;
    QString publishedWhere;
    QList<MinutesSection> sections;
};

// Everything about one meeting, as core reads it (confidential parts included).
struct MeetingRecord
{
    Meeting meeting;
    QList<AgendaItem> agenda;
    QList<AttendanceEntry> attendance; // a held meeting's recorded roll, else today's roster
    QuorumRules rules; // recorded with a held meeting's roll, else today's
    QList<Decision> decisions;
    QList<ActionItem> actionItems; // raised at this meeting
    QList<Decision> emailDecisions; // taken by e-mail since the previous meeting
    Minutes minutes;
};

struct MeetingNames
{
    Q_DECLARE_TR_FUNCTIONS(MeetingNames)
public:
    static QString kindKey(MeetingKind kind);
    static MeetingKind kindFromKey(const QString& key);
    static QString kindName(MeetingKind kind);
    static QString agendaKey(AgendaKind kind);
    static AgendaKind agendaFromKey(const QString& key);
    static QString attendanceKey(AttendanceStatus status);
    static AttendanceStatus attendanceFromKey(const QString& key);
    static QString attendanceName(AttendanceStatus status);
    static QString voteKey(VoteChoice choice);
    static VoteChoice voteFromKey(const QString& key);
    static QString voteName(VoteChoice choice);
    static QString minutesKey(MinutesState state);
    static MinutesState minutesFromKey(const QString& key);
    static QString minutesName(MinutesState state);
    // For NOT NULL text columns: a null QString would bind as NULL.
    static QString text(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }
};

} // namespace csc
