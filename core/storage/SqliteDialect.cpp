// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDialect.h"

#include "Database.h"
#include "SqlQuery.h"

namespace csc {

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

QString SqliteDialect::beginTransactionSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

Status SqliteDialect::serialiseAuditAppend(const Database& db) const
{
    Q_UNUSED(db); // BEGIN IMMEDIATE already holds the one write lock
    return {};
}

QStringList SqliteDialect::schemaStatements(const QString& sqliteScript) const
{
    return { sqliteScript }; // run whole by sqlite3_exec
}

QString SqliteDialect::fullTextMatch(const QString& ftsTable, const QString& alias) const
{
    Q_UNUSED(alias); // FTS5 matches on the table's own name
    // The term as one quoted FTS5 prefix token.
    return ftsTable + QLatin1String(" MATCH ('\"' || replace(?, '\"', '\"\"') || '\"*')");
}

Status SqliteDialect::deferConstraints(const Database& db) const
{
    return execute(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

} // namespace csc
