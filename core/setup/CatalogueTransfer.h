// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SetupCsv.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The service level catalogue as CSV, one line per version:
//   category,metric,threshold,unit,type,target_percent,effective_from
// (unit seconds|minutes|hours|days, type Max|Min, effective_from YYYY-MM). The first line of
// a level creates it; later months become amendments, so a month already rated is never
// rewritten. All or nothing, audited; export then import gives the same catalogue.
class CatalogueTransfer
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueTransfer)

public:
    static QStringList columns();
    static Result<SetupImportOutcome> importFile(Database& db, const QString& path);
    static Result<QString> exportText(const Database& db);
    static Status exportFile(const Database& db, const QString& path);
};

} // namespace csc
