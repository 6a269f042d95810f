// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

// What a role may do, enforced in core so a hidden button is never the only guard.
enum class Permission {
    ViewConfidential, // confidential cases, confidential minute sections, private comments
    EditCases, // open cases, move them, attach documents
    Vote, // cast a vote on a decision
    EditMinutes, // draft and edit minutes, meetings, agendas
    ApproveMinutes, // approve circulated minutes
    PublishMinutes, // mark minutes published and produce the public version for posting
    ManageCommittee, // roster, service level catalogue, committee settings
    ImportFigures, // import the IFO's performance figures
    Comment, // add comments
    CompleteOwnActionItems, // mark action items one owns as done
    ExportReviewCopies, // write review copies for members, merge their changes back
    RecordRating, // record (or reopen) the committee's rating of a month: the chair's act
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(Role role, Permission permission);
    // An error naming the role(s) the action needs, or success.
    static Status check(const UserSession& session, Permission permission);
    static QString describe(Permission permission);
    // What a member may still do in an offline review copy.
    static bool allowedInReviewCopy(Permission permission);
};

} // namespace csc
