// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowChange.h"

#include "SqliteSession.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace csc {

namespace {

QVariant toVariant(sqlite3_value* value)
{
    if (!value)
        return {};
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_value_int64(value));
    case SQLITE_FLOAT:
        return sqlite3_value_double(value);
    case SQLITE_TEXT:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                 sqlite3_value_bytes(value));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_value_blob(value)),
                          sqlite3_value_bytes(value));
    default:
        return QVariant(QMetaType::fromType<QString>()); // SQL NULL
    }
}

Result<QStringList> columnsOf(const Database& db, const QString& table)
{
    auto columns = SqlDialect::of(db).columnsOf(db, table);
    if (!columns)
        return columns.error();
    QStringList names = columns.value();
    // A server committee's audit trail has its database role; a review copy's has none.
    names.removeAll(QStringLiteral("db_role"));
    if (names.isEmpty())
        return Error { QCoreApplication::translate(
                           "csc::RowChange",
                           "The changes name a table this database does not have: %1.")
                           .arg(table),
                       {} };
    return names;
}

} // namespace

QString RowChange::rowKey() const
{
    QStringList parts;
    for (const QString& column : primaryKey)
        parts << value(column).toString();
    return parts.join(QLatin1Char('|'));
}

Result<QList<RowChange>> readChangeset(const Database& db, const QByteArray& changeset)
{
    QList<RowChange> changes;
    if (changeset.isEmpty())
        return changes;
    sqlite3_changeset_iter* it = nullptr;
    int rc = sqlite3changeset_start(&it, int(changeset.size()),
                                    const_cast<char*>(changeset.constData()));
    QHash<QString, QStringList> columnCache;
    while (rc == SQLITE_OK && sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* table = nullptr;
        int columnCount = 0;
        int op = 0;
        int indirect = 0;
        rc = sqlite3changeset_op(it, &table, &columnCount, &op, &indirect);
        if (rc != SQLITE_OK)
            break;
        RowChange change;
        change.table = QString::fromUtf8(table);
        if (!columnCache.contains(change.table)) {
            auto columns = columnsOf(db, change.table);
            if (!columns) {
                sqlite3changeset_finalize(it);
                return columns.error();
            }
            columnCache.insert(change.table, columns.value());
        }
        const QStringList& names = columnCache.value(change.table);
        if (names.size() != columnCount) {
            sqlite3changeset_finalize(it);
            return Error { QCoreApplication::translate(
                               "csc::RowChange",
                               "The changes were made with a different layout of table %1.")
                               .arg(change.table),
                           {} };
        }
        unsigned char* pkFlags = nullptr;
        int pkColumns = 0;
        if (sqlite3changeset_pk(it, &pkFlags, &pkColumns) == SQLITE_OK) {
            for (int i = 0; i < pkColumns && i < names.size(); ++i) {
                if (pkFlags[i])
                    change.primaryKey << names.at(i);
            }
        }
        change.kind = op == SQLITE_INSERT ? RowChange::Kind::Insert
            : op == SQLITE_UPDATE         ? RowChange::Kind::Update
                                          : RowChange::Kind::Delete;
        for (int i = 0; i < columnCount; ++i) {
            sqlite3_value* value = nullptr;
            if (op != SQLITE_INSERT && sqlite3changeset_old(it, i, &value) == SQLITE_OK && value)
                change.oldValues.insert(names.at(i), toVariant(value));
            value = nullptr;
            if (op != SQLITE_DELETE && sqlite3changeset_new(it, i, &value) == SQLITE_OK && value)
                change.newValues.insert(names.at(i), toVariant(value));
        }
        changes.append(change);
    }
    const int finish = sqlite3changeset_finalize(it);
    if (rc != SQLITE_OK || (finish != SQLITE_OK && finish != SQLITE_DONE))
        return Error { QCoreApplication::translate("csc::RowChange",
                                                   "The changes are damaged and cannot be read."),
                       QString::fromUtf8(sqlite3_errstr(rc != SQLITE_OK ? rc : finish)) };
    return changes;
}

} // namespace csc
