// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>

struct sqlite3;

namespace csc {

// SQLite (the embedded default and every review copy).
class SqliteDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString insertOrIgnore(const QString& table, const QStringList& columns,
                           const QStringList& conflictColumns = {}) const override;
    QString upsert(const QString& table, const QStringList& columns,
                   const QStringList& conflictColumns,
                   const QStringList& updateColumns) const override;
    Result<qint64> insertReturningId(const Database& db, const QString& insertSql,
                                     const QVariantList& values) const override;
    Result<bool> tableExists(const Database& db, const QString& table) const override;
    Result<QStringList> columnsOf(const Database& db, const QString& table) const override;

    QString transactionStatement(TransactionStep step, const QString& savepoint) const override;
    Status configureConnection(const Database& db, bool writableFile) const override;
    void beforeClose(const Database& db) const override;
    int schemaVersion(const Database& db) const override;
    Status setSchemaVersion(const Database& db, int version) const override;
    Status markAsOurs(const Database& db) const override;
    Status runScript(const Database& db, const QByteArray& script,
                     const QString& name) const override;
    Result<QList<TriggerInfo>> triggersOn(const Database& db,
                                          const QStringList& tables) const override;
    Result<QStringList> integrityProblems(const Database& db, int limit) const override;
    void setCancelFlag(const Database& db, const std::atomic_bool* cancel) const override;

    // What only an SQLite file has, for Database's opening of one.
    // 'CSCD' in the header: tells our files from other applications' SQLite databases.
    static constexpr int kApplicationId = 0x43534344;
    static sqlite3* handleOf(const QSqlDatabase& connection);
    // Extended result codes tell a failed write (a full disk, a file size limit) from a failed
    // read, so the user is told the right thing (SqlQuery::storageError).
    static void useExtendedResultCodes(const QSqlDatabase& connection);

    // An existing file as found strictly read-only, before anything may write to it.
    struct FileCheck
    {
        enum class Outcome { Sound, Damaged, Unreadable };
        Outcome outcome = Outcome::Sound;
        QString detail; // SQLite's words
        int nativeCode = 0;
        int userVersion = 0;
        int applicationId = 0;
        int tableCount = 0;
    };
    static FileCheck checkFile(const QSqlDatabase& connection, bool quickCheck = true);

    // SQLite's online backup of the whole database into `targetPath` (overwritten).
    struct BackupOutcome
    {
        bool ok = true;
        int extendedCode = 0;
        QString detail;
    };
    static BackupOutcome backup(sqlite3* source, const QString& targetPath);
    Result<std::unique_ptr<BulkLoad>> bulkLoad(const Database& db, const QString& table,
                                               const QStringList& columns,
                                               BulkLoad::Ids ids) const override;
    QString fullTextMatch(const QString& ftsTable, const QString& alias) const override;
    Status serialiseAuditAppend(const Database& db) const override;
    QStringList schemaStatements(const QString& sqliteScript) const override;
    Status deferConstraints(const Database& db) const override;
    Status lockSchema(const Database& db) const override;
};

} // namespace csc
