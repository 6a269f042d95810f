// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace csc {

class Database;

// Optimistic concurrency for every editable record. A record's version is the id of the newest
// audit entry about it: every write goes through the audited write, so every change of any
// record moves it, on SQLite and on a shared server alike. Entries that add to a record without
// changing what an editor shows of it (a comment on a case, a document attached) leave the
// version alone. An editor notes the version when it shows the record; while a guard is alive,
// the audited write of that record checks (after the audit append is serialised, so in the same
// order as the writes) that nobody changed it meanwhile, and otherwise refuses the whole write,
// naming who changed it. The caller keeps the user's text.
class EditGuard
{
    Q_DECLARE_TR_FUNCTIONS(EditGuard)
    Q_DISABLE_COPY_MOVE(EditGuard)

public:
    // The version of a record now (0: never changed through core).
    static Result<qint64> versionOf(const Database& db, const QString& entity, qint64 id);
    static Result<qint64> versionOf(const Database& db, const QString& entity, const QString& id);
    // The versions of every record of an entity (one query, for a table of them); a record
    // missing from the answer has version 0.
    static Result<QHash<QString, qint64>> versionsOf(const Database& db, const QString& entity);

    EditGuard(const Database& db, const QString& entity, qint64 id, qint64 seenVersion);
    EditGuard(const Database& db, const QString& entity, const QString& id, qint64 seenVersion);
    ~EditGuard();

    // Called by AuditLog::record inside the write: the refusal when a guarded record changed.
    static Status verify(const Database& db, const QString& entity, const QString& entityId);
    // Called by AuditLog::record after appending: an entry of the guarded write itself (a
    // write may record several about one record) is not someone else's change.
    static void noteOwnEntry(const Database& db, const QString& entity, const QString& entityId,
                             qint64 entryId);
    // True for the refusal verify() gives (the ui offers to reload and keeps the text).
    static bool isStaleEdit(const Error& error);

private:
    const Database& m_db;
    QString m_entity;
    QString m_id;
};

} // namespace csc
