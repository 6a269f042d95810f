// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace csc {

class Database;

// A head of the audit chain that left the database: printed in a public document, carried by a
// review copy. What was shared outside can be compared with the chain later.
struct AuditAnchor
{
    qint64 id = 0;
    AuditHead head;
    QString what; // "review copy … for Lars Henriksen", "minutes 2026-11-19 (PDF)"
    QDateTime notedUtc;
};

// The heads this database has published or issued (table audit_anchor, append-only). The audit
// check compares the chain with each of them: a rewrite with recomputed hashes or a cut tail no
// longer matches a head that was noted before it.
class AuditAnchors
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)

public:
    // Notes that `head` went out with `what`. Not itself an audit entry, so publishing the same
    // document twice gives the same head; noting the same head for the same thing again is a no-op.
    static Status notePublished(Database& db, const AuditHead& head, const QString& what);

    // Every noted head, oldest first.
    static Result<QList<AuditAnchor>> all(const Database& db);
    // The newest noted head, if any.
    static Result<std::optional<AuditAnchor>> latest(const Database& db);
};

} // namespace csc
