// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace csc {

class Database;

// Rows of one table loaded in bulk (the demo's history, an import): one statement
// prepared once and run per row, inside the caller's transaction.
class BulkInsert
{
public:
    virtual ~BulkInsert() = default;
    // Inserts one row (values in the order of the columns) and returns its `id`.
    virtual Result<qint64> add(const QVariantList& values) = 0;
};
// What differs between the SQL engines CSC Desk stores in (SQLite, PostgreSQL).
// Read from the connection's driver once; stores ask it for the few statements
// whose spelling differs, so no rule and no store writes `if (sqlite)`. Modelled on
// Akonadi's DbType: a handful of places, one object.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;

    // The dialect of `db`'s connection.
    static const SqlDialect& of(const Database& db);
    static const SqlDialect& sqlite();

    virtual Kind kind() const = 0;

    // "INSERT … (cols) VALUES (?, …)" that silently skips a row whose unique key
    // (conflictColumns, or any when empty) already exists.
    virtual QString insertOrIgnore(const QString& table, const QStringList& columns,
                                   const QStringList& conflictColumns = {}) const = 0;
    // Insert, or update `updateColumns` of the row with the same conflictColumns.
    virtual QString upsert(const QString& table, const QStringList& columns,
                           const QStringList& conflictColumns,
                           const QStringList& updateColumns) const = 0;
    // Runs an "INSERT INTO t(…) VALUES (…)" with positional values and returns the
    // new row's `id`.
    virtual Result<qint64> insertReturningId(const Database& db, const QString& insertSql,
                                             const QVariantList& values) const = 0;

    // Introspection (migrations, integrity check, review copies).
    virtual Result<bool> tableExists(const Database& db, const QString& table) const = 0;
    virtual Result<QStringList> columnsOf(const Database& db, const QString& table) const = 0;

    // A condition true for the rows of the full-text table `ftsTable` (named `alias` in the
    // query) whose text has a word starting with the one bound term (a plain word).
    virtual QString fullTextMatch(const QString& ftsTable, const QString& alias) const = 0;

    // Bulk load into `table`: a prepared statement reused for every row.
    virtual std::unique_ptr<BulkInsert> bulkInsert(const Database& db, const QString& table,
                                                   const QStringList& columns) const = 0;

protected:
    static QString placeholders(int count);
};

} // namespace csc
