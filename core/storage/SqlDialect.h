// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace csc {

class Database;

// Many rows into one table through one prepared statement (an import's million requests):
// set the next row's values by column (0-based, in the order given to bulkLoad), then add().
// A text is not copied where the engine allows: it must stay valid until add() returns.
class BulkLoad
{
public:
    enum class Outcome {
        Added,
        Refused, // this row (a constraint); error().detail has the engine's text
        StorageFailed, // the database cannot write (a full disk); error() says so in words
    };
    virtual ~BulkLoad() = default;
    virtual void setText(int column, QByteArrayView utf8) = 0;
    virtual void setInt(int column, qint64 value) = 0;
    virtual void setDouble(int column, double value) = 0;
    virtual void setNull(int column) = 0;
    virtual Outcome add() = 0;
    const Error& error() const { return m_error; }

protected:
    Error m_error;
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

    // A loader of rows into `table`'s `columns`. The default runs a prepared Qt statement;
    // an engine with a faster path (SQLite's statement API) overrides it.
    virtual Result<std::unique_ptr<BulkLoad>> bulkLoad(const Database& db, const QString& table,
                                                       const QStringList& columns) const;

protected:
    static QString placeholders(int count);
};

} // namespace csc
