// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlDialect.h"

#include "Database.h"
#include "PostgresDialect.h"
#include "SqlQuery.h"
#include "SqliteDialect.h"

#include <QDateTime>
#include <QSqlDriver>

namespace csc {

namespace {

// The portable loader: one prepared QSqlQuery, values bound by position.
class QueryBulkLoad final : public BulkLoad
{
public:
    QueryBulkLoad(const Database& db, const QString& sql, int columns, bool idInResult,
                  bool idFromDriver)
        : m_query(db, sql)
        , m_values(columns)
        , m_idInResult(idInResult)
        , m_idFromDriver(idFromDriver)
    { }
    void setText(int column, QByteArrayView utf8) override
    {
        m_values[column] = QString::fromUtf8(utf8);
    }
    void setBlob(int column, QByteArrayView bytes) override
    {
        m_values[column] = bytes.toByteArray();
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
        if (m_idInResult)
            m_lastId = m_query.next() ? m_query.value(0).toLongLong() : 0;
        else if (m_idFromDriver)
            m_lastId = m_query.lastInsertId().toLongLong();
        return Outcome::Added;
    }

private:
    SqlQuery m_query;
    QVariantList m_values;
    bool m_idInResult;
    bool m_idFromDriver;
};

// A null text or byte array is NULL to Qt's drivers too (QSqlResultPrivate::isVariantNull).
bool isNullValue(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    default:
        return false;
    }
}

} // namespace

Result<qint64> BulkLoad::addRow(const QVariantList& values)
{
    // The texts this row binds, alive until add() returns (the loader may not copy them).
    QList<QByteArray> texts;
    texts.reserve(values.size());
    for (int column = 0; column < int(values.size()); ++column) {
        const QVariant& v = values.at(column);
        if (isNullValue(v)) {
            setNull(column);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            setInt(column, v.toLongLong());
            break;
        case QMetaType::Double:
            setDouble(column, v.toDouble());
            break;
        case QMetaType::QByteArray:
            setBlob(column, *static_cast<const QByteArray*>(v.constData()));
            break;
        case QMetaType::QDateTime:
            texts << v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
            setText(column, texts.constLast());
            break;
        default:
            texts << v.toString().toUtf8();
            setText(column, texts.constLast());
            break;
        }
    }
    switch (add()) {
    case Outcome::Added:
        return m_lastId;
    case Outcome::Refused:
        if (m_error.message.isEmpty())
            return Error { SqlDialect::tr("Bulk load failed."), m_error.detail };
        break;
    case Outcome::StorageFailed:
        break;
    }
    return m_error;
}

Result<std::unique_ptr<BulkLoad>> SqlDialect::bulkLoad(const Database& db, const QString& table,
                                                       const QStringList& columns,
                                                       BulkLoad::Ids ids) const
{
    return preparedBulkLoad(db, insertStatement(table, columns), int(columns.size()),
                            ids == BulkLoad::Ids::Wanted ? IdFrom::LastInsertId : IdFrom::Nothing);
}

std::unique_ptr<BulkLoad> SqlDialect::preparedBulkLoad(const Database& db, const QString& insertSql,
                                                       int columns, IdFrom ids)
{
    return std::make_unique<QueryBulkLoad>(db, insertSql, columns, ids == IdFrom::ResultRow,
                                           ids == IdFrom::LastInsertId);
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

QString SqlDialect::insertStatement(const QString& table, const QStringList& columns)
{
    return QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), placeholders(int(columns.size())));
}

} // namespace csc
