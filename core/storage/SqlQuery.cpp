// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace csc {

SqlQuery::SqlQuery(const Database& db, const QString& sql)
    : m_query(db.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    m_query.addBindValue(value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared || !m_query.exec())
        return errorOf(
            m_query,
            QCoreApplication::translate("csc::SqlQuery", "The database refused an operation."));
    return {};
}

Error SqlQuery::errorOf(const QSqlQuery& query, const QString& message)
{
    const QSqlError e = query.lastError();
    QStringList parts;
    if (!e.databaseText().isEmpty())
        parts << e.databaseText();
    if (!e.driverText().isEmpty())
        parts << e.driverText();
    parts << QLatin1String("query: ")
            + (query.lastQuery().isEmpty() ? QStringLiteral("?") : query.lastQuery());
    // A full disk is the one failure the user can fix, so say it instead of a generic refusal.
    constexpr int kSqliteFull = 13;
    if ((e.nativeErrorCode().toInt() & 0xff) == kSqliteFull)
        return Error { QCoreApplication::translate(
                           "csc::SqlQuery",
                           "The disk is full, so the change was not saved; nothing was written. "
                           "Free some disk space and save again."),
                       parts.join(QLatin1String("; ")) };
    return Error { message, parts.join(QLatin1String("; ")) };
}

Result<QVariant> queryScalar(const Database& db, const QString& sql, const QVariantList& values)
{
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0) : QVariant();
}

Status execute(const Database& db, const QString& sql, const QVariantList& values)
{
    SqlQuery q(db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    return q.exec();
}

} // namespace csc
