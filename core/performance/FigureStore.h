// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

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
    int requests = 0; // handled in the month
    int met = 0; // of those, meeting the threshold
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

    // The check every write shares: counts non-negative and met <= requests.
    static Status validate(const MonthFigure& figure);

    // Of `months`, those that already have figures (the re-import question).
    static Result<QList<QDate>> monthsWithFigures(const Database& db, const QList<QDate>& months);
};

} // namespace csc
