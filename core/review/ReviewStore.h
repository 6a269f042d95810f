// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IssuedCopies.h"
#include "KeptChanges.h"
#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace csc {

class Database;
class WriteScope;

// Review's SQL: a copy's pending changes, the issued copies, the kept changes and what a merge
// records, and the roster as a copy's recipient is chosen from it. The review rules
// (ReviewCopy, ReviewMerge, KeptChanges, IssuedCopies) take and return values.
class ReviewStore
{
public:
    // One captured changeset of a review copy, kept until the changes file is written. A
    // single autocommit insert into a table the capture ignores.
    static Status addPendingChangeset(Database& copy, const QByteArray& changeset);
    static Result<int> pendingChangesetCount(const Database& copy);
    static Result<QList<QByteArray>> pendingChangesets(const Database& copy);

    // Roster entries a copy can be made for: id, name, and the role their roster entry gives.
    struct Recipient
    {
        qint64 memberId = 0;
        QString name;
        Role role = Role::Member;
    };
    // By id or (case-insensitive) name; none when no roster entry matches.
    static Result<std::optional<Recipient>> findRecipient(const Database& db,
                                                          const QString& idOrName);
    static Result<QList<Recipient>> recipients(const Database& db);

    // Inside the caller's audited write (see IssuedCopies::record).
    static Status addIssuedCopy(WriteScope& w, const IssuedCopy& copy);
    static Result<std::optional<IssuedCopy>> issuedCopy(const Database& committee,
                                                        const QString& copyId);

    static Result<QList<KeptChange>> pendingKeptChanges(const Database& db);
    // "pending", "dismissed", or empty when there is no such kept change.
    static Result<QString> keptChangeStatus(const Database& db, qint64 id);
    static Status dismissKeptChange(Database& db, qint64 id, const QString& why);

    // What a merge records, inside its transaction.
    static Result<QVariant> mergedUtc(const Database& committee, const QString& changesId);
    static Status addMergedFile(Database& committee, const QString& changesId,
                                const QString& copyId, const QString& mergedUtc,
                                const QString& mergedBy);
    // The outcome ("applied", "conflict") of a row of a copy merged before; null when new.
    static Result<QVariant> mergedRowOutcome(const Database& committee, const QString& copyId,
                                             const QString& table, const QString& rowKey);
    struct MergedRow
    {
        QString copyId;
        QString changesId;
        QString author;
        QString table;
        QString rowKey;
        QString mergedUtc;
    };
    static Status addConflict(Database& committee, const MergedRow& row, const QString& description,
                              const QString& reason, const QString& changeJson);
    static Status addMergedRow(Database& committee, const MergedRow& row, bool applied);

    // What a merge's report names a row by.
    static Result<QVariant> meetingNumber(const Database& db, qint64 meetingId);
    static Result<QVariant> caseReference(const Database& db, qint64 caseId);

    // Building a copy (review-copy code, on the in-memory copy only): secure deletes and
    // in-memory scratch, the committee's last audit id, the copy's identity in meta, emptying
    // the committee-only tables (their append-only guards step aside and come back), and
    // writing the finished file.
    static void useSecureScratch(Database& copy);
    static Result<qint64> lastAuditId(const Database& copy);
    static Status setMeta(Database& copy, const QString& key, const QString& value);
    static Status clearTables(Database& copy, const QStringList& tables);
    // Removes from a fresh copy what the recipient's role may not see.
    static Status redactCopy(Database& copy, Role role);
    static Status vacuumInto(Database& copy, const QString& path);
    // What is wrong with the finished file, read through its own read-only connection.
    static QStringList problemsOfFinishedCopy(const QSqlDatabase& file, const QString& copyId,
                                              const QStringList& emptyTables,
                                              bool withoutConfidential);
};

} // namespace csc
