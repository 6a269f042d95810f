// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditOperation.h"

namespace csc {

bool Operations::isReversibleEdit(Operation operation)
{
    // The enum lists the edits first: the first record entry closes them.
    return int(operation) < int(Operation::CreateCase);
}

QList<Operation> Operations::all()
{
    QList<Operation> list;
    for (int i = 0; i <= int(Operation::DismissKeptChange); ++i)
        list << Operation(i);
    return list;
}

QString Operations::name(Operation operation)
{
    switch (operation) {
    case Operation::EditMember:
        return tr("Edit a member");
    case Operation::EditWorkItem:
        return tr("Edit a work item");
    case Operation::AddAgendaItem:
        return tr("Add an agenda item");
    case Operation::EditAgendaItem:
        return tr("Edit an agenda item");
    case Operation::RemoveAgendaItem:
        return tr("Remove an agenda item");
    case Operation::MoveAgendaItem:
        return tr("Reorder the agenda");
    case Operation::SetAttendance:
        return tr("Change attendance");
    case Operation::EditActionItem:
        return tr("Edit an action item");
    case Operation::EditMinutesSection:
        return tr("Edit a minutes section");
    case Operation::SetCalendarAnchors:
        return tr("Change calendar dates");
    case Operation::SetMonthFigures:
        return tr("Enter a month's figures");
    case Operation::EditNarrative:
        return tr("Edit a narrative");
    case Operation::EditFindingsStatement:
        return tr("Edit a findings statement");
    case Operation::CreateServiceLevel:
        return tr("Add a service level");
    case Operation::MoveCase:
        return tr("Move a case");
    case Operation::ArchiveCase:
        return tr("Archive or restore a case");
    case Operation::SetCasePublicity:
        return tr("Make a case public or confidential");
    case Operation::SetMeetingLocation:
        return tr("Set a meeting's location");
    case Operation::ChangeCommitteeSettings:
        return tr("Change the committee's settings");
    case Operation::CreateCase:
        return tr("Open a case");
    case Operation::AttachCaseDocument:
        return tr("Attach a document to a case");
    case Operation::AddCaseComment:
        return tr("Comment on a case");
    case Operation::RecordCaseResponse:
        return tr("Record a response");
    case Operation::HandOverCase:
        return tr("Hand a case over");
    case Operation::RecordAppealFinding:
        return tr("Record a panel's finding");
    case Operation::PublishAppealFinding:
        return tr("Publish a panel's finding");
    case Operation::AdvanceEscalation:
        return tr("Escalate a case");
    case Operation::OpenProblemCaseFromPattern:
        return tr("Open a Problem Management case from a pattern");
    case Operation::OpenPersistentMissCase:
        return tr("Open a case for a persistent miss");
    case Operation::AddMember:
        return tr("Add a member");
    case Operation::RemoveMember:
        return tr("Remove a member");
    case Operation::AddWorkItem:
        return tr("Add a work item");
    case Operation::CreateMeeting:
        return tr("Schedule a meeting");
    case Operation::GenerateMinutesDraft:
        return tr("Draft the minutes");
    case Operation::AdvanceMinutes:
        return tr("Circulate, approve or publish minutes");
    case Operation::ReviewMinutes:
        return tr("Approve, query or comment on minutes");
    case Operation::AddDecision:
        return tr("Record a decision");
    case Operation::CastVote:
        return tr("Cast a vote");
    case Operation::AddActionItem:
        return tr("Add an action item");
    case Operation::RecordRating:
        return tr("Record a month's rating");
    case Operation::ReopenRating:
        return tr("Reopen a rated month");
    case Operation::ImportFigures:
        return tr("Import figures");
    case Operation::UrgentReviewStep:
        return tr("Record an urgent review step");
    case Operation::PeriodicAuditStep:
        return tr("Record a periodic audit step");
    case Operation::AddDutyRecord:
        return tr("Add a duty record");
    case Operation::ProducePublicOutput:
        return tr("Publish a document");
    case Operation::MergeReviewChanges:
        return tr("Merge a reviewer's changes");
    case Operation::DismissKeptChange:
        return tr("Dismiss a kept change");
    }
    return {};
}

} // namespace csc
