// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace csc {

class Database;

// Optimistic concurrency for every editable record. A record's version is the id of the newest
// audit entry about it: every write goes through the audited write, so every change of any
// record moves it, on SQLite and on a shared server alike. An editor notes the version when it
// starts; while a guard is alive, the audited write of that record checks (after the audit
// append is serialised, so in the same order as the writes) that nobody changed it meanwhile,
// and otherwise refuses the whole write, naming who changed it. The caller keeps the user's text.
class EditGuard
{
    Q_DECLARE_TR_FUNCTIONS(EditGuard)
    Q_DISABLE_COPY_MOVE(EditGuard)

public:
    // The version of a record now (0: never changed through core).
    static Result<qint64> versionOf(const Database& db, const QString& entity, qint64 id);

    EditGuard(const Database& db, const QString& entity, qint64 id, qint64 seenVersion);
    ~EditGuard();

    // Called by AuditLog::record inside the write: the refusal when a guarded record changed.
    static Status verify(const Database& db, const QString& entity, const QString& entityId);
    // True for the refusal verify() gives (the ui offers to reload and keeps the text).
    static bool isStaleEdit(const Error& error);

private:
    const Database& m_db;
    QString m_entity;
    qint64 m_id;
};

} // namespace csc
