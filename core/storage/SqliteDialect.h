// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDialect.h"

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
    QString beginTransactionSql() const override;
    Status serialiseAuditAppend(const Database& db) const override;
    QStringList schemaStatements(const QString& sqliteScript) const override;
    QString fullTextMatch(const QString& ftsTable, const QString& alias) const override;
    Status deferConstraints(const Database& db) const override;
};

} // namespace csc
