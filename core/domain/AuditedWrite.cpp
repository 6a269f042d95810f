// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditedWrite.h"

#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

namespace csc {

Status WriteScope::exec(const QString& sql, const QVariantList& values)
{
    return execute(m_db, sql, values);
}

Result<qint64> WriteScope::insert(const QString& sql, const QVariantList& values)
{
    return SqlDialect::of(m_db).insertReturningId(m_db, sql, values);
}

Status WriteScope::audit(const QString& entity, const QString& entityId, const QString& action,
                         const QList<FieldChange>& changes)
{
    if (auto a = AuditLog::record(m_db, entity, entityId, action, changes); !a)
        return a.error();
    return {};
}

Status auditedFieldUpdate(Database& db, std::optional<Permission> permission, const QString& entity,
                          qint64 entityId, const QList<FieldChange>& changes, const QString& sql,
                          const QVariantList& values)
{
    if (changes.isEmpty())
        return {};
    return auditedWrite(db, permission, [&](WriteScope& w) -> Status {
        if (auto s = w.exec(sql, values); !s)
            return s;
        return w.audit(entity, entityId, QStringLiteral("update"), changes);
    });
}

} // namespace csc
