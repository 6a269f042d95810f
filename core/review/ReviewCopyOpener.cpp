// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCopyOpener.h"

#include "ChangeCapture.h"
#include "ReviewCopy.h"
#include "ReviewStore.h"

namespace csc {

namespace {

// Moves what the copy's session extension recorded into the copy's pending changes after
// each commit (and before the copy closes).
class CapturedChanges final : public CommitObserver
{
public:
    explicit CapturedChanges(Database& copy)
        : m_capture(copy.handle(), ReviewCopy::capturedTables())
    { }

    void committed(Database& db) override
    {
        auto changeset = m_capture.takeChangeset();
        if (!changeset || changeset.value().isEmpty())
            return;
        ReviewStore::addPendingChangeset(db, changeset.value()).ok();
    }

private:
    ChangeCapture m_capture;
};

} // namespace

Result<std::unique_ptr<Database>> ReviewCopyOpener::open(const QString& path,
                                                         const Database::Options& options)
{
    // A committee on the server is never a review copy (those are files): opened as it is.
    if (Database::isServerUrl(path))
        return Database::open(path, options);
    auto opened = Database::open(path, options, CopyAccess {});
    if (!opened)
        return opened;
    Database& db = *opened.value();
    // A file stopped short of the current schema (tests only) is not read as a copy.
    if (options.targetVersion >= 0 && options.targetVersion != Database::currentSchemaVersion())
        return opened;
    const auto info = ReviewCopy::infoOf(db);
    if (!info)
        return opened;
    db.pinSession({ info->memberName, info->role, info->memberId, true });
    if (!db.isReadOnly())
        db.addCommitObserver(std::make_unique<CapturedChanges>(db));
    return opened;
}

} // namespace csc
