// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

#include <QCoreApplication>

namespace csc {

// PostgreSQL (a committee's shared server). Besides the statements that differ, it holds
// what only a server has: the schema generated from the one set of SQLite scripts, the
// members' database roles with their grants and row-level security, the append-only audit
// trail that records the database role, and the change notifications (LISTEN/NOTIFY).
class PostgresDialect final : public SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    Kind kind() const override { return Kind::Postgres; }
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
    Status serialiseAuditAppend(const Database& db) const override;
    QStringList schemaStatements(const QString& sqliteScript) const override;
    QString fullTextMatch(const QString& ftsTable, const QString& alias) const override;
    Result<std::unique_ptr<BulkLoad>> bulkLoad(const Database& db, const QString& table,
                                               const QStringList& columns,
                                               BulkLoad::Ids ids) const override;
    Status deferConstraints(const Database& db) const override;
    Status lockSchema(const Database& db) const override;
    Result<std::optional<ChainCheck>>
    auditChainForRestrictedReader(const Database& db) const override;

    // --- Server-only parts (Database calls these for a QPSQL connection) ---

    // The notification channel every committed audit entry is announced on.
    static QString changeChannel();
    // The schema version recorded in the database (0: no CSC Desk schema yet).
    static Result<int> storedSchemaVersion(const Database& db);
    // The statements that set up roles, grants, the audit trail's database role and the
    // change notifications; run by markAsOurs once the scripts made every table.
    static QStringList serverStatements();
    // The CSC Desk role the connection's database role is a member of ("" when none: the
    // committee's owner or an administrator).
    static Result<QString> memberRole(const Database& db);
    // The tables a committee's data lives in, in an order that copies them (migrate command).
    static Result<QStringList> dataTables(const Database& db);
    // After copying rows with their ids: every identity continues after the highest id.
    static Status resetIdentities(const Database& db);
    // Turns the user triggers of a table off/on while whole records are copied in.
    static Status setTriggersEnabled(const Database& db, const QString& table, bool enabled);
    // Copies every row of `table` (the given columns) from one database into another, either
    // engine; the number of rows copied.
    static Result<qint64> copyRows(const Database& from, const Database& to, const QString& table,
                                   const QStringList& columns);
    // The committee's identity (meta) but the schema version into another database.
    static Status copyMeta(const Database& from, const Database& to);
    // Checks the deferred foreign keys at once (before the copy's guards come back).
    static Status checkConstraintsNow(const Database& db);
    // Row count of a table, for the check after a copy.
    static Result<qint64> rowCount(const Database& db, const QString& table);
};

} // namespace csc
