// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>

namespace csc {

// The one way to open a file the user chose, which may be the committee's database or a
// member's review copy. A copy comes back pinned to its member and role (setSession
// cannot change them) and, when writable, with its change capture attached as a commit
// observer, so every change made in it travels back in the changes file. Storage knows
// nothing of copies beyond refusing to open one writable without this opener.
class ReviewCopyOpener
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopyOpener)

public:
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const Database::Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path)
    {
        return open(path, Database::Options {});
    }
};

} // namespace csc
