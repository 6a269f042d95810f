// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>

namespace csc {

class Database;

// All of review's SQL: review copies' identity and pending changes, issued copies, kept
// changes and merges. The review rules (ReviewCopy, ReviewMerge, …) take and return values.
class ReviewStore
{
public:
    // One captured changeset of a review copy, kept until the changes file is written. A
    // single autocommit insert into a table the capture ignores.
    static Status addPendingChangeset(Database& copy, const QByteArray& changeset);
};

} // namespace csc
