// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileCheck.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <utility>

namespace csc {

namespace {

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<const Database*, std::shared_future<Status>>& registry()
{
    static QHash<const Database*, std::shared_future<Status>> checks;
    return checks;
}

} // namespace

Result<std::unique_ptr<Database>> FileCheck::open(const QString& path,
                                                  const Database::Options& options, When when,
                                                  const Opener& opener)
{
    Database::Options deferred = options;
    deferred.deferQuickCheck = true;
    auto db = opener ? opener(path, deferred) : Database::open(path, deferred);
    if (!db || when == When::Never)
        return db;
    std::shared_future<Status> check
        = std::async(std::launch::async, [path] { return checkFile(path); }).share();
    const QMutexLocker lock(&registryMutex());
    registry().insert(db.value().get(), std::move(check));
    return db;
}

std::shared_future<Status> FileCheck::pending(const Database& db)
{
    const QMutexLocker lock(&registryMutex());
    return registry().value(&db);
}

Status FileCheck::of(const Database& db)
{
    const std::shared_future<Status> check = pending(db);
    return check.valid() ? check.get() : Status {};
}

void FileCheck::forget(const Database* db)
{
    std::shared_future<Status> check;
    {
        const QMutexLocker lock(&registryMutex());
        check = registry().take(db);
    }
    // The check reads the file on its own connection: it ends before the database goes.
    if (check.valid())
        check.wait();
}

} // namespace csc
