// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Member.h"
#include "core/util/Result.h"

#include <QList>

#include <optional>

namespace csc {

class Database;
class WriteScope;

// All SQL of the roster: the members, and what refers to them when one is removed.
// Reads take the database; writes take the WriteScope of the rule's auditedWrite.
class RosterStore
{
public:
    // By seat (gTLD, ccTLD, IFO liaison, others), chair first, then by name.
    static Result<QList<Member>> members(const Database& db);
    static Result<std::optional<Member>> member(const Database& db, qint64 id);

    static Result<qint64> insertMember(WriteScope& w, const Member& member);
    static Status updateMember(WriteScope& w, const Member& member);
    // The member and the "absent" rows the roster gave them on meetings' attendance.
    static Status deleteMember(WriteScope& w, qint64 memberId);

    // The parts of the committee's record a member can be part of.
    enum class Use { Attended, Voted, OwnsActionItem, Commented };
    // How many records of that kind refer to the member.
    static Result<qint64> uses(const Database& db, Use use, qint64 memberId);
};

} // namespace csc
