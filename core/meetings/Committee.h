// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Member.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace csc {

class Database;

// The roster repository. Nobody is deleted: a member who leaves gets a term end.
class Committee
{
    Q_DECLARE_TR_FUNCTIONS(Committee)

public:
    static Result<QList<Member>> members(const Database& db);
    static Result<Member> member(const Database& db, qint64 id);
    // Members whose term covers `day`.
    static Result<QList<Member>> activeMembers(const Database& db, QDate day);

    // Both need Permission::ManageCommittee; they refuse a liaison marked as voting.
    static Result<qint64> addMember(Database& db, const Member& member);
    static Status updateMember(Database& db, const Member& member);

    static Status validate(const Member& member);
    static QVariantMap snapshot(const Member& member);
};

} // namespace csc
