// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace csc {

class Database;

// Something that follows a database's committed writes without storage knowing what it is
// (a review copy's change capture, attached by core/review). Database calls every observer
// after the outermost COMMIT, when asked to (Database::notifyCommitObservers) and once more
// before it closes; never inside a transaction.
class CommitObserver
{
public:
    virtual ~CommitObserver() = default;
    virtual void committed(Database& db) = 0;
};

} // namespace csc
