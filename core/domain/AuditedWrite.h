// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

namespace csc {

class Database;

// The one shape of every write core makes: check the session may do it, open a
// transaction, run the statements, record the audit entries, commit. A store hands
// its work a WriteScope; nothing is saved unless all of it succeeded.
class WriteScope
{
public:
    explicit WriteScope(Database& db)
        : m_db(db)
    { }
    Database& db() const { return m_db; }

    Status exec(const QString& sql, const QVariantList& values = {});
    // An INSERT whose new row id is wanted (spelt by the SQL dialect).
    Result<qint64> insert(const QString& sql, const QVariantList& values = {});
    Status audit(const QString& entity, const QString& entityId, const QString& action,
                 const QList<FieldChange>& changes = {});
    Status audit(const QString& entity, qint64 entityId, const QString& action,
                 const QList<FieldChange>& changes = {})
    {
        return audit(entity, QString::number(entityId), action, changes);
    }

private:
    Database& m_db;
};

// Runs `work(WriteScope&)` (returning Status or Result<T>) as one audited write.
// `permission` empty: the caller has already decided who may (e.g. the demo, a
// migration); the transaction and audit still apply.
template<typename Work>
auto auditedWrite(Database& db, std::optional<Permission> permission, Work&& work)
    -> std::invoke_result_t<Work, WriteScope&>;

// A write that changes fields of one record: nothing when nothing changed, else the
// statement and its "update" entry together.
Status auditedFieldUpdate(Database& db, std::optional<Permission> permission, const QString& entity,
                          qint64 entityId, const QList<FieldChange>& changes, const QString& sql,
                          const QVariantList& values);

} // namespace csc

#include "core/domain/AuditedWrite.inl"
