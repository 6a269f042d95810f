// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QVariantMap>

namespace csc {

class Database;

// One row changed in a review copy, as read from a changeset.
struct RowChange
{
    enum class Kind { Insert, Update, Delete };
    QString table;
    Kind kind = Kind::Insert;
    QVariantMap oldValues; // update: primary key and changed columns; delete: the whole row
    QVariantMap newValues; // insert: the whole row; update: changed columns only
    QStringList primaryKey; // the table's primary-key columns

    // The row's primary key in the copy, as text ("12" or "4|7").
    QString rowKey() const;
    // A column's value after the change, else before it.
    QVariant value(const QString& column) const
    {
        return newValues.contains(column) ? newValues.value(column) : oldValues.value(column);
    }
};

// Reads a changeset; column names come from the schema of `db` (the same schema
// version as the copy the changeset was taken from).
Result<QList<RowChange>> readChangeset(const Database& db, const QByteArray& changeset);

} // namespace csc
