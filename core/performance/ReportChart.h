// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evaluation.h"

#include <QByteArray>
#include <QCoreApplication>

namespace csc {

// Small static charts painted with QPainter for the findings report, so the
// report (HTML, PDF, headless command) needs neither widgets nor Qt Charts.
// The interactive charts live in ui/charts.
class ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    // Share of thresholds met per month; months with misses in red. PNG bytes.
    static QByteArray overallPng(const QList<MonthEvaluation>& months);
    // One metric's compliance per month against its target; missed months in red. PNG bytes.
    static QByteArray compliancePng(const QList<MonthEvaluation>& months, qint64 serviceLevelId);
    // <img> with the PNG inlined as a data URL.
    static QString imgTag(const QByteArray& png, const QString& alt, int width, int height);
};

} // namespace csc
