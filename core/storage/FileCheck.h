// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "core/util/Result.h"

#include <functional>
#include <future>
#include <memory>

namespace csc {

// The look Database::open takes at a file before anything may write to it (its header,
// application id, schema version and PRAGMA quick_check), deferred: the window's start
// opens the file at once and reads the first section while the check runs on a
// connection of its own. Every write (Transaction) waits for the result, and a damaged
// file refuses them; the window closes it with the same refusal open() would have given.
class FileCheck
{
public:
    enum class When {
        InBackground, // beside the caller's first reads
        Never, // the caller runs the thorough integrity_check itself
    };

    // How the file is opened: Database::open, or a higher layer's opener (a review copy's).
    using Opener = std::function<Result<std::unique_ptr<Database>>(const QString&,
                                                                   const Database::Options&)>;
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const Database::Options& options, When when,
                                                  const Opener& opener = {});
    // The result for `db`, waiting for a check still running; ok when none was deferred.
    static Status of(const Database& db);
    // The same, to wait for on another thread; invalid when no check was deferred.
    static std::shared_future<Status> pending(const Database& db);

    // Database's side: the check itself (defined beside Database::open's inspection) and the
    // end of a database (waits, then forgets).
    static Status checkFile(const QString& path);
    static void forget(const Database* db);
};

} // namespace csc
