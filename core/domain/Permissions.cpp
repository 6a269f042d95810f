// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include <QStringList>

namespace csc {

namespace {
constexpr Role kAllRoles[]
    = { Role::Chair, Role::Member, Role::Liaison, Role::Secretariat, Role::Observer };
}

bool Permissions::allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewConfidential:
    case Permission::Comment:
    case Permission::CompleteOwnActionItems:
        return role != Role::Observer;
    case Permission::ExportReviewCopies:
        return role == Role::Secretariat || role == Role::Chair;
    case Permission::EditCases:
    case Permission::EditMinutes:
    case Permission::ManageCommittee:
    case Permission::ImportFigures:
        return role == Role::Chair || role == Role::Secretariat;
    case Permission::Vote:
    case Permission::ApproveMinutes:
        // Liaisons do not vote (domain.md §1); observers take no part.
        return role == Role::Chair || role == Role::Member;
    case Permission::PublishMinutes:
        return role == Role::Secretariat;
    case Permission::RecordRating:
        // The chair records the committee's rating; the secretariat drafts (issue 12 item 8).
        return role == Role::Chair;
    }
    return false;
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::ViewConfidential:
        return tr("Seeing confidential material");
    case Permission::EditCases:
        return tr("Changing cases");
    case Permission::Vote:
        return tr("Voting");
    case Permission::EditMinutes:
        return tr("Editing meetings and minutes");
    case Permission::ApproveMinutes:
        return tr("Approving minutes");
    case Permission::PublishMinutes:
        return tr("Publishing minutes");
    case Permission::ManageCommittee:
        return tr("Managing the committee's records");
    case Permission::ImportFigures:
        return tr("Importing performance figures");
    case Permission::Comment:
        return tr("Commenting");
    case Permission::CompleteOwnActionItems:
        return tr("Completing your action items");
    case Permission::ExportReviewCopies:
        return tr("Exporting review copies and merging them back");
    case Permission::RecordRating:
        return tr("Recording the committee's rating of a month");
    }
    return {};
}

bool Permissions::allowedInReviewCopy(Permission permission)
{
    switch (permission) {
    case Permission::ViewConfidential:
    case Permission::Comment:
    case Permission::Vote:
    case Permission::ApproveMinutes:
    case Permission::CompleteOwnActionItems:
        return true;
    default:
        return false;
    }
}

Status Permissions::check(const UserSession& session, Permission permission)
{
    if (session.reviewCopy && !allowedInReviewCopy(permission))
        return Error { tr("%1 is not possible in a review copy: case steps, the service level "
                          "catalogue, the roster and the minutes' text "
                          "belong to the committee's database. Comment, approve, vote or complete "
                          "your action items here instead.")
                           .arg(describe(permission)),
                       {} };
    if (allows(session.role, permission))
        return {};
    QStringList allowed;
    for (Role role : kAllRoles) {
        if (allows(role, permission))
            allowed << RoleNames::displayName(role);
    }
    return Error { tr("%1 needs the role %2; you are signed in as %3.")
                       .arg(describe(permission), allowed.join(tr(" or ")),
                            RoleNames::displayName(session.role)),
                   {} };
}

} // namespace csc
