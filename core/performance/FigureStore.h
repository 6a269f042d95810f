// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace csc {

class Database;

// A metric's figures for one month as the IFO reports them.
struct MonthFigure
{
    qint64 serviceLevelId = 0;
    qint64 requests = 0; // handled in the month
    qint64 met = 0; // of those, meeting the threshold
    bool operator==(const MonthFigure&) const = default;
};

// The monthly figures: manual entry, reading, and the replace step imports share.
class FigureStore
{
    Q_DECLARE_TR_FUNCTIONS(FigureStore)

public:
    static Result<QList<MonthFigure>> figures(const Database& db, QDate month);
    // Months with at least one figure, oldest first.
    static Result<QList<QDate>> months(const Database& db);

    // Manual entry: sets the given metrics' figures for the month (other metrics
    // untouched), audited per metric with old and new counts. Needs ImportFigures.
    static Status setFigures(Database& db, QDate month, const QList<MonthFigure>& figures);

    // No month of the IFO comes near this many requests; a larger count is a damaged
    // or forged file (and 2^32 once wrapped to 0 in 32 bits and read as "no requests").
    static constexpr qint64 kMaxCount = 1'000'000'000;

    // The check every write shares: counts non-negative, at most kMaxCount, met <= requests.
    static Status validate(const MonthFigure& figure);

    // Of `months`, those that already have figures (the re-import question).
    static Result<QList<QDate>> monthsWithFigures(const Database& db, const QList<QDate>& months);
};

} // namespace csc
