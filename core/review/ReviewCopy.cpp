// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCopy.h"

#include "ChangeCapture.h"
#include "ChangesFile.h"
#include "IssuedCopies.h"
#include "ReviewCopyBuilder.h"
#include "ReviewStore.h"
#include "ReviewTables.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditAnchors.h"
#include "core/storage/Database.h"
#include "core/storage/SchemaStore.h"
#include "core/storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace csc {

namespace {

QString metaValue(const Database& db, const QString& key)
{
    return SchemaStore::metaValue(db, key);
}

} // namespace

Result<ReviewCopy::Recipient> ReviewCopy::findRecipient(const Database& db, const QString& idOrName,
                                                        std::optional<Role> role)
{
    auto found = ReviewStore::findRecipient(db, idOrName.trimmed());
    if (!found)
        return found.error();
    if (!found.value())
        return Error { tr("There is no member “%1” on the roster.").arg(idOrName), {} };
    Recipient r { found.value()->memberId, found.value()->name, found.value()->role };
    if (role)
        r.role = *role;
    return r;
}

Result<QList<ReviewCopy::Recipient>> ReviewCopy::candidates(const Database& db)
{
    auto stored = ReviewStore::recipients(db);
    if (!stored)
        return stored.error();
    QList<Recipient> list;
    for (const ReviewStore::Recipient& r : stored.value())
        list.append({ r.memberId, r.name, r.role });
    return list;
}

Status ReviewCopy::exportCopy(Database& committee, const Recipient& recipient,
                              const QString& outPath)
{
    if (auto allowed = Permissions::check(committee.session(), Permission::ExportReviewCopies);
        !allowed)
        return allowed;
    if (infoOf(committee))
        return Error { tr("This is already a review copy; export review copies from the "
                          "committee's database."),
                       {} };
    if (committee.isReadOnly())
        return Error { tr("A review copy is recorded in the committee's database when it is "
                          "made, and this one is read-only: %1")
                           .arg(committee.readOnlyReason()),
                       {} };
    if (QFileInfo::exists(outPath) || QFileInfo(outPath).isSymLink())
        return Error { tr("“%1” already exists; choose a new file for the review copy.")
                           .arg(QDir::toNativeSeparators(outPath)),
                       {} };

    IssuedCopy issued;
    issued.copyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    issued.memberId = recipient.memberId;
    issued.memberName = recipient.name;
    issued.role = recipient.role;
    issued.secret = IssuedCopies::newSecret();
    issued.issuedUtc = QDateTime::currentDateTimeUtc();
    issued.issuedBy = committee.session().name;

    ReviewCopyBuilder builder(outPath);
    auto built = builder.build(committee, issued);
    if (!built)
        return built.error();
    // Recorded first, then put in place: a copy at the target is always one this database issued
    // (so its changes can merge). Killed in between, the record names a copy no one received.
    // ExportReviewCopies was checked above.
    if (auto s = auditedWrite(committee, std::nullopt,
                              [&](WriteScope&) -> Status {
                                  if (auto s = IssuedCopies::record(committee, issued); !s)
                                      return s;
                                  return AuditAnchors::notePublished(
                                      committee, built.value().head,
                                      tr("review copy %1 for %2 (%3)")
                                          .arg(issued.copyId, issued.memberName,
                                               RoleNames::key(issued.role)));
                              });
        !s)
        return s;
    return builder.place();
}

std::optional<ReviewCopyInfo> ReviewCopy::infoOf(const Database& db)
{
    const QString copyId = metaValue(db, QStringLiteral("review_copy_id"));
    if (copyId.isEmpty())
        return std::nullopt;
    ReviewCopyInfo info;
    info.copyId = copyId;
    info.memberId = metaValue(db, QStringLiteral("review_copy_member_id")).toLongLong();
    info.memberName = metaValue(db, QStringLiteral("review_copy_member_name"));
    info.role
        = RoleNames::fromKey(metaValue(db, QStringLiteral("review_copy_role")), Role::Observer);
    info.takenUtc = QDateTime::fromString(metaValue(db, QStringLiteral("review_copy_taken_utc")),
                                          Qt::ISODate);
    info.baseRevision = metaValue(db, QStringLiteral("review_copy_base_revision")).toLongLong();
    return info;
}

QStringList ReviewCopy::capturedTables()
{
    QStringList names;
    for (const ReviewTable& t : reviewTables())
        names << t.table;
    return names;
}

Result<int> ReviewCopy::pendingChangeCount(const Database& copy)
{
    return ReviewStore::pendingChangesetCount(copy);
}

Status ReviewCopy::writeChanges(Database& copy, const QString& outPath)
{
    const auto info = infoOf(copy);
    if (!info)
        return Error { tr("This database is not a review copy; there are no changes to send back."),
                       {} };
    copy.notifyCommitObservers();
    auto changesets = ReviewStore::pendingChangesets(copy);
    if (!changesets)
        return changesets.error();
    auto combined = ChangeCapture::combine(changesets.value());
    if (!combined)
        return combined.error();
    ChangesFile file;
    file.changesId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.committeeId = copy.committeeId();
    file.copyId = info->copyId;
    file.schemaVersion = copy.schemaVersion();
    file.baseRevision = info->baseRevision;
    // Kept in the copy's meta table by ReviewCopyBuilder; read here only, where they are needed.
    file.auditHead = AuditHead::fromText(metaValue(copy, QStringLiteral("review_copy_audit_head")))
                         .valueOr({});
    file.author = info->memberName;
    file.memberId = info->memberId;
    file.createdUtc = QDateTime::currentDateTimeUtc();
    file.changeset = combined.value();
    return file.write(outPath, metaValue(copy, QStringLiteral("review_copy_secret")));
}

Status ReviewCopy::redact(Database& copy, Role role)
{
    return ReviewStore::redactCopy(copy, role);
}

} // namespace csc
