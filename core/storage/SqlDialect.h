// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>

namespace csc {

class Database;

// Many rows into one table through one prepared statement, inside the caller's transaction:
// an import's million requests (typed setters, a text not copied where the engine allows) and
// the demo's history (rows of values, each new row's id wanted). Set the next row's values by
// column (0-based, in the order given to bulkLoad), then add(); a value stays set for the
// following rows until set again. A text or blob must stay valid until add() returns.
class BulkLoad
{
public:
    enum class Outcome {
        Added,
        Refused, // this row (a constraint); error().detail has the engine's text
        StorageFailed, // the database cannot write (a full disk); error() says so in words
    };
    // Whether the loader reads back each new row's `id` (lastId()); an engine that pays for it
    // (PostgreSQL's RETURNING) does so only when asked.
    enum class Ids { NotWanted, Wanted };

    virtual ~BulkLoad() = default;
    virtual void setText(int column, QByteArrayView utf8) = 0;
    virtual void setBlob(int column, QByteArrayView bytes) = 0;
    virtual void setInt(int column, qint64 value) = 0;
    virtual void setDouble(int column, double value) = 0;
    virtual void setNull(int column) = 0;
    virtual Outcome add() = 0;
    const Error& error() const { return m_error; }
    // The `id` of the row the last add() inserted (a loader made with Ids::Wanted).
    qint64 lastId() const { return m_lastId; }

    // One whole row of values in the order of the columns, bound as Qt's SQL drivers bind
    // them (a null value or null text: NULL; a byte array: a blob; whole numbers and doubles
    // as numbers; anything else as its text). Returns the new row's id (Ids::Wanted), or why
    // the row was refused.
    Result<qint64> addRow(const QVariantList& values);

protected:
    Error m_error;
    qint64 m_lastId = 0;
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
    // an engine with a faster path (SQLite's statement API) or another way to return the new
    // ids (PostgreSQL's RETURNING) overrides it.
    virtual Result<std::unique_ptr<BulkLoad>> bulkLoad(const Database& db, const QString& table,
                                                       const QStringList& columns,
                                                       BulkLoad::Ids ids) const;
    // A condition true for the rows of the full-text table `ftsTable` (named `alias` in the
    // query) whose text has a word starting with the one bound term (a plain word).
    virtual QString fullTextMatch(const QString& ftsTable, const QString& alias) const = 0;

protected:
    static QString placeholders(int count);
    // "INSERT INTO table(columns) VALUES (?, …)": the one spelling the dialects build on.
    static QString insertStatement(const QString& table, const QStringList& columns);
    // The portable loader over `insertSql`: one prepared Qt statement bound by position. The
    // new row's id is read from the statement's result row (`insertSql` ends in RETURNING id)
    // or from the driver's last insert id.
    enum class IdFrom { Nothing, ResultRow, LastInsertId };
    static std::unique_ptr<BulkLoad> preparedBulkLoad(const Database& db, const QString& insertSql,
                                                      int columns, IdFrom ids);

public:
    // The statements of a write transaction. The outermost one takes the write lock at its
    // start (so a busy database fails there, not halfway); nested ones are savepoints.
    enum class TransactionStep { Begin, Commit, Rollback, Savepoint, Release, RollbackTo };
    virtual QString transactionStatement(TransactionStep step,
                                         const QString& savepoint = {}) const = 0;
    // Per-connection settings: foreign keys on; on a writable file, its journal.
    virtual Status configureConnection(const Database& db, bool writableFile) const = 0;
    // Before a writable file closes: leave it complete on its own (SQLite folds its WAL back).
    virtual void beforeClose(const Database& db) const = 0;

    // The schema version and the mark that says the file is a CSC Desk database.
    virtual int schemaVersion(const Database& db) const = 0;
    virtual Status setSchemaVersion(const Database& db, int version) const = 0;
    virtual Status markAsOurs(const Database& db) const = 0;
    // Runs a multi-statement schema script (a migration step).
    virtual Status runScript(const Database& db, const QByteArray& script,
                             const QString& name) const = 0;

    // Introspection for the audit check: the triggers on `tables`, with their SQL.
    struct TriggerInfo
    {
        QString name;
        QString table;
        QString sql;
    };
    virtual Result<QList<TriggerInfo>> triggersOn(const Database& db,
                                                  const QStringList& tables) const = 0;
    // The engine's own consistency check: at most `limit` findings, none when sound.
    virtual Result<QStringList> integrityProblems(const Database& db, int limit) const = 0;
    // Long statements on this connection stop once `*cancel` is true (nullptr: never).
    virtual void setCancelFlag(const Database& db, const std::atomic_bool* cancel) const = 0;

    // Called inside the write transaction before the next audit entry is read and appended, so
    // concurrent writers append one after the other and the hash chain stays one chain.
    virtual Status serialiseAuditAppend(const Database& db) const = 0;
    // The schema scripts (written once, in SQLite's DDL) as this engine's statements.
    virtual QStringList schemaStatements(const QString& sqliteScript) const = 0;
    // Foreign keys checked at commit, so whole records can be copied in whatever order they
    // refer to each other (moving a committee between engines).
    virtual Status deferConstraints(const Database& db) const = 0;
    // Inside the migration's transaction, before the schema version is read: two clients
    // starting together never migrate at once; the second then finds the work done.
    virtual Status lockSchema(const Database& db) const = 0;

    // The audit chain walked by the engine for a session that cannot read every entry (on the
    // server, row-level security hides an observer's confidential entries): only the outcome
    // and the head, never an entry's content. std::nullopt where the session reads the whole
    // chain itself (SQLite always; on the server an insider), so the caller walks it.
    struct ChainCheck
    {
        enum class Problem { None, Missing, Unlinked, Altered };
        Problem problem = Problem::None;
        qint64 firstBadId = 0;
        qint64 expectedId = 0; // with Missing: the first id that is not there
        qint64 checked = 0; // entries walked up to and with the first bad one
        qint64 entries = 0; // the whole chain's length
        QString headHash; // the newest entry's hash
    };
    virtual Result<std::optional<ChainCheck>>
    auditChainForRestrictedReader(const Database& db) const;
};

} // namespace csc
