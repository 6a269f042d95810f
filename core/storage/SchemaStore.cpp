// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaStore.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QSqlQuery>

namespace csc {

QString SchemaStore::metaValue(const Database& db, const QString& key)
{
    // A plain QSqlQuery: asked of files whose schema may not exist yet, where a failure is an
    // answer ("no such value"), not an error to report.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status SchemaStore::initMeta(Database& db, const QString& committeeId, const QDateTime& createdUtc)
{
    const QString sql = SqlDialect::of(db).insertOrIgnore(
        QStringLiteral("meta"), { QStringLiteral("key"), QStringLiteral("value") });
    if (auto s = execute(db, sql, { QStringLiteral("committee_id"), committeeId }); !s)
        return s;
    return execute(db, sql, { QStringLiteral("created_utc"), createdUtc.toString(Qt::ISODate) });
}

bool SchemaStore::isMarkedAsCopy(const Database& db)
{
    return !metaValue(db, QStringLiteral("review_copy_id")).isEmpty();
}

} // namespace csc
