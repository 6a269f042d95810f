// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditAnchors.h"
#include "AuditLog.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace csc {

class Database;

// All the SQL of the audit trail: the hash-chained log (audit_log), the heads that left the
// database (audit_anchor) and what the audit and integrity checks read. AuditLog, AuditAnchors,
// AuditCheck and IntegrityCheck keep the rules (hashing, verifying, wording) and see values.
class AuditStore
{
public:
    // An entry as stored: its changes as the JSON text that was hashed.
    struct StoredEntry
    {
        AuditEntry entry;
        QString changesJson;
    };
    struct Tail
    {
        qint64 count = 0;
        qint64 lastId = 0; // 0: no entry yet
        QString lastHash;
    };
    // The append-only guard as the schema scripts create it.
    struct Trigger
    {
        QString name;
        QString table;
        QString sql;
    };

    // The entry count and the newest entry (counting reads the whole log: for the head only).
    static Result<Tail> tail(const Database& db);
    // The newest entry alone (count left 0): what every new entry chains to.
    static Result<Tail> last(const Database& db);
    static Status append(Database& db, const AuditEntry& entry, const QString& changesJson);
    // Oldest first; empty filters mean all.
    static Result<QList<StoredEntry>> entries(const Database& db, const QString& entity = {},
                                              const QString& entityId = {});
    // Every entry's hash, oldest first.
    static Result<QStringList> hashes(const Database& db);
    // When the last change was recorded (invalid when none).
    static Result<QDateTime> lastChangeUtc(const Database& db);

    // audit_anchor: noting a head twice for the same thing is a no-op.
    static Status addAnchor(Database& db, const AuditHead& head, const QString& what,
                            const QDateTime& notedUtc);
    static Result<QList<AuditAnchor>> anchors(const Database& db);

    // The triggers that keep audit_log and audit_anchor append-only: as they should be, and
    // as the database holds them.
    static QList<Trigger> expectedGuards();
    static Result<QList<Trigger>> guardsFound(const Database& db);

    // The newest entry about one record, leaving out the given actions (nullopt: none yet).
    static Result<std::optional<AuditEntry>> newest(const Database& db, const QString& entity,
                                                    const QString& entityId,
                                                    const QStringList& leftOut);
    // The id of the newest entry about each record of an entity, leaving out the given actions.
    static Result<QHash<QString, qint64>> newestIds(const Database& db, const QString& entity,
                                                    const QStringList& leftOut);
};

} // namespace csc
