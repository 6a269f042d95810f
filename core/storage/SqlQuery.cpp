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
    // On PostgreSQL a forward-only query streams row by row, and any other statement run on the
    // connection before it is read to the end discards its rows: there, results are fetched whole.
    m_query.setForwardOnly(!db.isServer());
    m_prepared = m_query.prepare(sql);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    m_query.bindValue(placeholder,
                      value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value);
    return *this;
}

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    // Booleans are stored as 0/1 on every engine (PostgreSQL would be sent TRUE/FALSE).
    if (value.typeId() == QMetaType::Bool) {
        m_query.addBindValue(value.toBool() ? 1 : 0);
        return *this;
    }
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
    return storageError(e.nativeErrorCode().toInt(), message, parts.join(QLatin1String("; ")));
}

Error SqlQuery::storageError(int sqliteCode, const QString& message, const QString& detail)
{
    // A full disk is the one failure the user can fix, so say it instead of a generic refusal.
    // SQLite says SQLITE_FULL for ENOSPC, and SQLITE_IOERR_WRITE (and its kin) when the
    // write failed otherwise, as it does when a file size limit (ulimit -f) is reached.
    constexpr int kSqliteIoErr = 10;
    constexpr int kSqliteFull = 13;
    constexpr int kIoErrWrite = kSqliteIoErr | (3 << 8);
    constexpr int kIoErrFsync = kSqliteIoErr | (4 << 8);
    constexpr int kIoErrTruncate = kSqliteIoErr | (6 << 8);
    constexpr int kIoErrShmSize = kSqliteIoErr | (19 << 8);
    if ((sqliteCode & 0xff) == kSqliteFull)
        return Error { QCoreApplication::translate(
                           "csc::SqlQuery",
                           "The disk is full, so the change was not saved; nothing was written. "
                           "Free some disk space and save again."),
                       detail };
    if (sqliteCode == kIoErrWrite || sqliteCode == kIoErrFsync || sqliteCode == kIoErrTruncate
        || sqliteCode == kIoErrShmSize)
        return Error { QCoreApplication::translate(
                           "csc::SqlQuery",
                           "The database file could not be written (the disk is full or a file "
                           "size limit was reached), so the change was not saved. Free some disk "
                           "space and save again."),
                       detail };
    return Error { message, detail };
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
