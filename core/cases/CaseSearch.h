// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QSet>
#include <QString>

namespace csc {

class Database;

// Full-text search over titles, descriptions, comments and move notes, open and
// archived cases alike, through the SQL dialect's full-text search.
class CaseSearch
{
public:
    // The ids of the cases matching every word of `text` (each word as a prefix).
    static Result<QSet<qint64>> matchingCases(const Database& db, const QString& text);
    // `text` as an FTS5 query: words quoted (so operators typed by users are plain words),
    // prefix-matched. The search itself goes through the SQL dialect (CaseStore).
    static QString ftsQuery(const QString& text);
};

} // namespace csc
