// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/ChangesFile.h"
#include "core/review/RowChange.h"
#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <functional>

namespace csc {

class Database;

// The result of merging one row changed in a review copy.
struct MergeOutcome
{
    bool applied = false;
    QString description; // what the change is, for the merge report ("Comment on CSC-2026-014")
    QString conflictReason; // why it was not forced in, when not applied
};

// A table members may change in their review copy, and how its changes enter
// the committee's database (through core, with its rules and audit).
struct ReviewTable
{
    QString table;
    std::function<Result<MergeOutcome>(Database& committee, const RowChange& change,
                                       const ChangesFile& file)>
        merge;
};

QList<ReviewTable> reviewTables();

} // namespace csc
