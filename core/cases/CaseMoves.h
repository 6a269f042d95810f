// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// Moving cases through their process. Each move records who, when, why and the
// document it needs; an undo is a new, audited move that reverses one, never an erasure.
class CaseMoves
{
    Q_DECLARE_TR_FUNCTIONS(CaseMoves)

public:
    // Checks the move against the process and what it needs; returns the new move's id.
    static Result<qint64> move(Database& db, const MoveRequest& request);
    // Reverses the latest move of its case that is still in effect; returns the undo's move id.
    static Result<qint64> undo(Database& db, qint64 moveId);
    // Remedial action goes one escalation level up (the levels come from the committee
    // settings); records the notices owed. Returns the new level (1-based).
    static Result<int> advanceEscalation(Database& db, qint64 caseId, const QString& note);

    // Who must be told when remedial action is invoked or advances (domain.md §6).
    static QStringList noticeRecipients(); // stable keys
    static QString recipientName(const QString& key);
};

} // namespace csc
