// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeptChanges.h"

#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

namespace csc {

Result<QList<KeptChange>> KeptChanges::pending(const Database& db)
{
    SqlQuery q(
        db,
        QStringLiteral("SELECT id, author, description, reason, recorded_utc FROM review_conflict "
                       "WHERE status = 'pending' ORDER BY id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<KeptChange> list;
    while (q.next()) {
        list.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(),
                      QDateTime::fromString(q.value(4).toString(), Qt::ISODate) });
    }
    return list;
}

Status KeptChanges::dismiss(Database& db, qint64 id, const QString& why)
{
    if (auto allowed = Permissions::check(db.session(), Permission::ExportReviewCopies); !allowed)
        return allowed;
    auto status = queryScalar(db, QStringLiteral("SELECT status FROM review_conflict WHERE id = ?"),
                              { id });
    if (!status)
        return status.error();
    if (status.value().toString() != QLatin1String("pending"))
        return Error { tr("There is no kept change #%1 waiting for a decision.").arg(id), {} };
    return auditedUpdate(
        db, QStringLiteral("review_conflict"), id,
        { { QStringLiteral("status"), QStringLiteral("pending"), QStringLiteral("dismissed") },
          { QStringLiteral("why"), {}, why.trimmed() } },
        QStringLiteral("UPDATE review_conflict SET status = 'dismissed' WHERE id = ?"), { id });
}

} // namespace csc
