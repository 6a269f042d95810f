// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace csc {

class Database;

// Moves a whole committee between engines: every record, document and audit entry, with
// their ids, so the audit chain and every reference stay as they were.
class CommitteeTransfer
{
    Q_DECLARE_TR_FUNCTIONS(CommitteeTransfer)

public:
    struct Report
    {
        qint64 tables = 0;
        qint64 rows = 0;
        qint64 auditEntries = 0;
        QString auditHead; // the same on both sides
    };

    // Copies everything of `from` into `to`, which has the current schema and no records yet;
    // one transaction on `to`. Checks afterwards that every table has as many rows, and that
    // the audit chain verifies on both sides and ends in the same head.
    static Result<Report> copyAll(const Database& from, Database& to);

    // `cscdesk migrate`: the SQLite committee file `sqlitePath` onto a new committee at the
    // PostgreSQL `url` (an empty database).
    static Result<Report> fileToServer(const QString& sqlitePath, const QString& url);
};

} // namespace csc
