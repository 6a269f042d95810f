// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDialect.h"

#include "Database.h"
#include "SqlQuery.h"

#include <sqlite3.h>

namespace csc {

namespace {

// SQLite's own statement API: texts bound without a copy, one statement for every row.
class SqliteBulkLoad final : public BulkLoad
{
public:
    SqliteBulkLoad(sqlite3* handle, sqlite3_stmt* statement)
        : m_handle(handle)
        , m_statement(statement)
    { }
    ~SqliteBulkLoad() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteBulkLoad)

    void setText(int column, QByteArrayView utf8) override
    {
        sqlite3_bind_text(m_statement, column + 1, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }
    void setInt(int column, qint64 value) override
    {
        sqlite3_bind_int64(m_statement, column + 1, value);
    }
    void setDouble(int column, double value) override
    {
        sqlite3_bind_double(m_statement, column + 1, value);
    }
    void setNull(int column) override { sqlite3_bind_null(m_statement, column + 1); }
    Outcome add() override
    {
        const int rc = sqlite3_step(m_statement);
        Outcome outcome = Outcome::Added;
        if (rc != SQLITE_DONE) {
            const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
            // A full disk is the database's trouble, not the row's: storageError names it.
            m_error = SqlQuery::storageError(sqlite3_extended_errcode(m_handle), QString(), detail);
            outcome = m_error.message.isEmpty() ? Outcome::Refused : Outcome::StorageFailed;
        }
        sqlite3_reset(m_statement);
        return outcome;
    }

private:
    sqlite3* m_handle;
    sqlite3_stmt* m_statement;
};

} // namespace

QString SqliteDialect::insertOrIgnore(const QString& table, const QStringList& columns,
                                      const QStringList& conflictColumns) const
{
    Q_UNUSED(conflictColumns); // SQLite ignores a conflict on any unique key
    return QStringLiteral("INSERT OR IGNORE INTO %1(%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), placeholders(int(columns.size())));
}

QString SqliteDialect::upsert(const QString& table, const QStringList& columns,
                              const QStringList& conflictColumns,
                              const QStringList& updateColumns) const
{
    QStringList sets;
    for (const QString& c : updateColumns)
        sets << c + QLatin1String(" = excluded.") + c;
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3) ON CONFLICT(%4) DO UPDATE SET %5")
        .arg(table, columns.join(QLatin1String(", ")), placeholders(int(columns.size())),
             conflictColumns.join(QLatin1String(", ")), sets.join(QLatin1String(", ")));
}

Result<qint64> SqliteDialect::insertReturningId(const Database& db, const QString& insertSql,
                                                const QVariantList& values) const
{
    SqlQuery q(db, insertSql);
    for (const QVariant& v : values)
        q.bind(v);
    if (auto s = q.exec(); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<bool> SqliteDialect::tableExists(const Database& db, const QString& table) const
{
    auto found = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
        { table });
    if (!found)
        return found.error();
    return found.value().toInt() > 0;
}

Result<QStringList> SqliteDialect::columnsOf(const Database& db, const QString& table) const
{
    SqlQuery q(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    q.bind(table);
    if (auto s = q.exec(); !s)
        return s.error();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<std::unique_ptr<BulkLoad>> SqliteDialect::bulkLoad(const Database& db, const QString& table,
                                                          const QStringList& columns) const
{
    const QByteArray sql
        = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
              .arg(table, columns.join(QLatin1String(", ")), placeholders(int(columns.size())))
              .toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return Error { tr("The database refused an operation."),
                       QString::fromUtf8(sqlite3_errmsg(db.handle())) };
    }
    return std::unique_ptr<BulkLoad>(std::make_unique<SqliteBulkLoad>(db.handle(), statement));
}

} // namespace csc
