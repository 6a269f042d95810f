// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/ChangesFile.h"
#include "core/review/IssuedCopies.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

struct MergeReport
{
    QString author;
    QStringList applied; // one line per change merged
    QStringList conflicts; // "what — why", kept for the secretariat
    int alreadyMerged = 0; // rows of this copy merged before (a file applied twice)
};

// Brings a member's changes file into the committee's database: each change
// through core with its rules, attributed to its author in the audit trail.
// A change that conflicts with what happened meanwhile is not forced in: it is
// reported and kept (review_conflict) for the secretariat to decide.
class ReviewMerge
{
    Q_DECLARE_TR_FUNCTIONS(ReviewMerge)

public:
    // What merging would do, without changing anything.
    static Result<MergeReport> preview(Database& committee, const QString& changesPath);
    static Result<MergeReport> merge(Database& committee, const QString& changesPath);

private:
    // The issued copy a changes file was sealed in; refuses unknown, tampered, re-keyed,
    // re-attributed and already merged files with the reason.
    static Result<IssuedCopy> authenticate(const Database& committee, const ChangesFile& changes,
                                           const QString& changesPath);
    static Result<MergeReport> run(Database& committee, const QString& changesPath, bool commit);
};

} // namespace csc
