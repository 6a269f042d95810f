// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDateTime>
#include <QString>

namespace csc {

class Database;

// The SQL of the schema's own bookkeeping: the meta table (the committee's identity, a review
// copy's marks). The schema version and the file's owner mark are spelt by the dialect.
class SchemaStore
{
public:
    // A meta value; empty when the key (or the table) is missing.
    static QString metaValue(const Database& db, const QString& key);
    // Written once, when the schema is first created.
    static Status initMeta(Database& db, const QString& committeeId, const QDateTime& createdUtc);
    // A member's review copy carries its identity in meta (core/review writes it); storage only
    // asks whether a file is one, so it can refuse to open it as a committee file.
    static bool isMarkedAsCopy(const Database& db);
};

} // namespace csc
