// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// Comments on a case: kept forever, indexed for search.
class CaseComments
{
    Q_DECLARE_TR_FUNCTIONS(CaseComments)

public:
    static Result<qint64> add(Database& db, qint64 caseId, const QString& body);
};

} // namespace csc
