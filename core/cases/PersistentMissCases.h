// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace csc {

class Database;

// The committee opens Problem Management from its evaluation of the figures:
// a metric missed persistently becomes a case linked to its service level.
class PersistentMissCases
{
    Q_DECLARE_TR_FUNCTIONS(PersistentMissCases)

public:
    // The open Problem Management case about this service level, if any (0 when none).
    static Result<qint64> openCaseFor(const Database& db, qint64 serviceLevelId);
    // Opens one, unless one is open already (then returns that one). Needs EditCases.
    static Result<qint64> open(Database& db, qint64 serviceLevelId, const QString& metricLabel,
                               const QList<QDate>& missedMonths, QDate openedOn = {});
};

} // namespace csc
