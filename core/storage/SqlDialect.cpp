// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

#include "Database.h"
#include "PostgresDialect.h"
#include "SqlQuery.h"
#include "SqliteDialect.h"

#include <QSqlDriver>

namespace csc {

namespace {

// The portable loader: one prepared QSqlQuery, values bound by position.
class QueryBulkLoad final : public BulkLoad
{
public:
    QueryBulkLoad(const Database& db, const QString& sql, int columns)
        : m_query(db, sql)
        , m_values(columns)
    { }
    void setText(int column, QByteArrayView utf8) override
    {
        m_values[column] = QString::fromUtf8(utf8);
    }
    void setInt(int column, qint64 value) override { m_values[column] = value; }
    void setDouble(int column, double value) override { m_values[column] = value; }
    void setNull(int column) override { m_values[column] = QVariant(); }
    Outcome add() override
    {
        for (const QVariant& v : std::as_const(m_values))
            m_query.bind(v);
        if (auto s = m_query.exec(); !s) {
            m_error = Error { QString(), s.error().detail };
            return Outcome::Refused;
        }
        return Outcome::Added;
    }

private:
    SqlQuery m_query;
    QVariantList m_values;
};

} // namespace

Result<std::unique_ptr<BulkLoad>> SqlDialect::bulkLoad(const Database& db, const QString& table,
                                                       const QStringList& columns) const
{
    const QString sql
        = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
              .arg(table, columns.join(QLatin1String(", ")), placeholders(int(columns.size())));
    return std::unique_ptr<BulkLoad>(std::make_unique<QueryBulkLoad>(db, sql, int(columns.size())));
}

Result<std::optional<SqlDialect::ChainCheck>>
SqlDialect::auditChainForRestrictedReader(const Database& db) const
{
    Q_UNUSED(db); // a file has no reader it hides entries from
    return std::optional<ChainCheck>();
}

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect& SqlDialect::of(const Database& db)
{
    static const PostgresDialect postgres;
    if (db.isServer())
        return postgres;
    return sqlite();
}

QString SqlDialect::placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

} // namespace csc
