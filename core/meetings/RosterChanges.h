// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace csc {

class Database;

// Leaving the roster. Ending a term is the normal way (the member stays in the record of the
// meetings they attended); removing is for a seat entered by mistake, and is refused once the
// member is part of any record (attended, voted, owns an action item, commented).
class RosterChanges
{
    Q_DECLARE_TR_FUNCTIONS(RosterChanges)

public:
    // Why the member cannot be removed, or success when nothing refers to them.
    static Status checkRemovable(const Database& db, qint64 memberId);
    // Deletes the member and the "absent" attendance rows of meetings, audited, in one
    // transaction.
    static Status removeMember(Database& db, qint64 memberId);
};

} // namespace csc
