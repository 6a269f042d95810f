// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace csc {

class Database;

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

    // The statement that opens the outermost write transaction (SQLite takes the write lock
    // at once, so a busy file fails at the start; PostgreSQL locks row by row).
    virtual QString beginTransactionSql() const = 0;
    // Called inside the write transaction before the next audit entry is read and appended, so
    // concurrent writers append one after the other and the hash chain stays one chain.
    virtual Status serialiseAuditAppend(const Database& db) const = 0;
    // The schema scripts (written once, in SQLite's DDL) as this engine's statements.
    virtual QStringList schemaStatements(const QString& sqliteScript) const = 0;
    // A condition true for the rows of the full-text table `ftsTable` (named `alias` in the
    // query) whose text has a word starting with the one bound term (a plain word).
    virtual QString fullTextMatch(const QString& ftsTable, const QString& alias) const = 0;
    // Foreign keys checked at commit, so whole records can be copied in whatever order they
    // refer to each other (moving a committee between engines).
    virtual Status deferConstraints(const Database& db) const = 0;

protected:
    static QString placeholders(int count);
};

} // namespace csc
