// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace csc {

class Database;

// What makes a database a member's review copy (stored in its meta table).
struct ReviewCopyInfo
{
    QString copyId;
    qint64 memberId = 0;
    QString memberName;
    Role role = Role::Member;
    QDateTime takenUtc;
    qint64 baseRevision = 0; // the committee's last audit entry when the copy was taken
};

// Offline review copies: a self-contained file for one member with what their
// role may see, and the changes file they send back.
class ReviewCopy
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopy)

public:
    struct Recipient
    {
        qint64 memberId = 0;
        QString name;
        Role role = Role::Member;
    };

    // Finds a roster entry by id or (case-insensitive) name; the role follows the
    // roster (chair, voting member, liaison) unless `role` overrides it.
    static Result<Recipient> findRecipient(const Database& db, const QString& idOrName,
                                           std::optional<Role> role = {});

    // Everyone on the roster a copy can be made for, with their roster role.
    static Result<QList<Recipient>> candidates(const Database& db);

    static Status exportCopy(Database& committee, const Recipient& recipient,
                             const QString& outPath);

    static std::optional<ReviewCopyInfo> infoOf(const Database& db);

    // The tables whose changes travel back (what a member may change in a copy).
    static QStringList capturedTables();

    // Writes every change made in the copy since it was taken.
    static Status writeChanges(Database& copy, const QString& outPath);
    // True when the copy holds changes not yet written to a changes file.
    static Result<int> pendingChangeCount(const Database& copy);

private:
    static Status redact(Database& copy, Role role);
};

} // namespace csc
