// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

namespace csc {

// Every write a user makes from the desktop, said once: either a reversible edit (a current
// value the user may take back; the undo stack offers it, the undo is a new audited change and
// refuses when the row no longer holds what the step wrote) or an entry of the record (what the
// committee did or decided; it never changes, so nothing offers to undo it — a correction is a
// new entry of its own kind, e.g. a reopening of a rated month). There is no third kind.
enum class Operation {
    // Reversible edits
    EditMember,
    EditWorkItem,
    AddAgendaItem,
    EditAgendaItem,
    RemoveAgendaItem,
    MoveAgendaItem,
    SetAttendance, // until the meeting is held: then its roll is a record (core refuses)
    EditActionItem,
    EditMinutesSection, // while the minutes are a draft
    SetCalendarAnchors,
    SetMonthFigures, // until the month is rated
    EditNarrative,
    EditFindingsStatement,
    CreateServiceLevel, // undone by retiring the new version
    MoveCase, // the case's current step; its history of moves keeps the move and its undo
    ArchiveCase,
    SetCasePublicity,
    SetMeetingLocation, // the room or dial-in, until the meeting is held (the notice said it)
    ChangeCommitteeSettings, // the rules in force now; each change and its undo are audited

    // Entries of the record
    CreateCase,
    AttachCaseDocument,
    AddCaseComment,
    RecordCaseResponse,
    HandOverCase,
    RecordAppealFinding,
    PublishAppealFinding,
    AdvanceEscalation,
    OpenProblemCaseFromPattern,
    OpenPersistentMissCase,
    AddMember, // a roster change: the committee's composition on a day is public record
    RemoveMember,
    AddWorkItem, // core keeps every work item; an unwanted one is marked done or internal
    CreateMeeting,
    GenerateMinutesDraft,
    AdvanceMinutes, // circulated, approved, published
    ReviewMinutes, // an approval, a request for changes, a comment
    AddDecision,
    CastVote,
    AddActionItem,
    RecordRating,
    ReopenRating,
    ImportFigures,
    UrgentReviewStep, // opening, a customer's consent, further escalation, conclusion
    PeriodicAuditStep, // report, results, feedback, change request
    AddDutyRecord, // technical change, customer update, review liaison, IFO summary/handling
    ProducePublicOutput, // a published document, the public site, a circulated mail
    MergeReviewChanges,
    DismissKeptChange,
};

class Operations
{
    Q_DECLARE_TR_FUNCTIONS(Operations)

public:
    // True for an edit the undo stack may offer; false for an entry of the record.
    static bool isReversibleEdit(Operation operation);
    // "Edit a work item": for messages and the README's table.
    static QString name(Operation operation);
    static QList<Operation> all();
};

} // namespace csc
