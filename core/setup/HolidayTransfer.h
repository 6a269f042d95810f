// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SetupCsv.h"
#include "core/settings/CommitteeSettings.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The committee's holiday calendar in and out: ISO dates with an optional name and '#'
// comments ("2026-12-25 Christmas Day"), or an .ics file of all-day events (read by
// HolidayFile). An import adds its days to the calendar (a day already there takes the
// file's name); all or nothing, audited. The export is the date list, read back exactly.
class HolidayTransfer
{
    Q_DECLARE_TR_FUNCTIONS(HolidayTransfer)

public:
    // Parses without touching the database; problems carry file:line:column.
    static Result<QList<Holiday>> parse(const QByteArray& data, const QString& fileName,
                                        QList<ImportProblem>* problems);
    static Result<SetupImportOutcome> importFile(Database& db, const QString& path);
    // Adds typed-in or parsed days (the set-up assistant); audited.
    static Result<SetupImportOutcome> add(Database& db, const QList<Holiday>& days);
    static Result<QString> exportText(const Database& db);
    static Status exportFile(const Database& db, const QString& path);
};

} // namespace csc
