// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QSqlQuery>
#include <QVariant>

namespace csc {

class Database;

// A short-lived prepared statement whose errors carry the driver's text, the
// database's text and the statement itself.
class SqlQuery
{
public:
    SqlQuery(const Database& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& bind(const QVariant& value); // positional, in order

    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    QSqlQuery& raw() { return m_query; }

    static Error errorOf(const QSqlQuery& query, const QString& message);
    // The same words for an SQLite (extended) result code met outside QSqlQuery.
    static Error storageError(int sqliteCode, const QString& message, const QString& detail);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// Runs one statement with positional values and returns the first column of
// the first row (or an invalid QVariant when there is no row).
Result<QVariant> queryScalar(const Database& db, const QString& sql,
                             const QVariantList& values = {});
// Runs one statement with positional values.
Status execute(const Database& db, const QString& sql, const QVariantList& values = {});

} // namespace csc
