// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewStore.h"

#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QDateTime>

namespace csc {

Status ReviewStore::addPendingChangeset(Database& copy, const QByteArray& changeset)
{
    return execute(
        copy, QStringLiteral("INSERT INTO review_pending(changeset, recorded_utc) VALUES (?, ?)"),
        { changeset, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) });
}

} // namespace csc
