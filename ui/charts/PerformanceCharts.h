// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/Evaluation.h"

#include <QCoreApplication>

class QChart;

namespace csc {

// Builds the performance charts from plain evaluation data. Qt Charts stays
// behind this folder (upstream deprecates it for Qt Graphs).
class PerformanceCharts
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceCharts)

public:
    enum class Kind { Compliance, HeatMap, Overall, Volumes };
    static QList<Kind> kinds()
    {
        return { Kind::Compliance, Kind::HeatMap, Kind::Overall, Kind::Volumes };
    }
    static QString title(Kind kind);

    // One metric's compliance per month against its target, missed months marked.
    static QChart* compliance(const QList<MonthEvaluation>& months, qint64 serviceLevelId);
    // Every metric by month: met, missed, no data (or no requests).
    static QChart* heatMap(const QList<MonthEvaluation>& months);
    // The share of thresholds met per month.
    static QChart* overall(const QList<MonthEvaluation>& months);
    // Requests handled per month, stacked by category.
    static QChart* volumes(const QList<MonthEvaluation>& months);

    static QChart* build(Kind kind, const QList<MonthEvaluation>& months, qint64 serviceLevelId);
};

} // namespace csc
