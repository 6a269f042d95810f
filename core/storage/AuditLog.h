// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariant>

namespace csc {

class Database;

struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString actorRole;
    QString entity;
    QString entityId;
    QString action; // "create", "update", "move", "undo", ...
    QList<FieldChange> changes;
    QString prevHash;
    QString hash;
};

// The head of the chain at a moment: how many entries and the newest one's hash.
// Public outputs, review copies and changes files carry it, so a later rewrite
// of the chain (even with recomputed hashes) or a cut tail can be named.
struct AuditHead
{
    qint64 entries = 0;
    QString hash; // hex SHA-256 of the newest entry; the genesis value when empty
    // "audit 1234 9f86d081…" (full hash): the form printed in documents and files.
    QString toText() const;
    static Result<AuditHead> fromText(const QString& text);
    bool operator==(const AuditHead&) const = default;
};

struct AuditVerification
{
    bool intact = true;
    qint64 entriesChecked = 0;
    qint64 firstBadId = 0; // the first entry that was altered, inserted or follows a removal
    QString problem; // translated
};

// The append-only, hash-chained record of every change made through core.
// Callers record inside the transaction that makes the change, so the entry
// and the change are saved together or not at all.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static Result<qint64> record(Database& db, const QString& entity, const QString& entityId,
                                 const QString& action, const QList<FieldChange>& changes);

    // Entries oldest first; empty filters mean all.
    static Result<QList<AuditEntry>> entries(const Database& db, const QString& entity = {},
                                             const QString& entityId = {});

    static Result<AuditVerification> verify(const Database& db);

    // The chain's head now.
    static Result<AuditHead> head(const Database& db);

    // The fields whose values differ between two snapshots of a record.
    static QList<FieldChange> diff(const QVariantMap& before, const QVariantMap& after);

private:
    static QString hashOf(const AuditEntry& entry, const QString& changesJson);
};

} // namespace csc
