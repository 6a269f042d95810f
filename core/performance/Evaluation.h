// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceLevel.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csc {

class Database;

enum class MetricStatus {
    Met, // compliance reached the target
    Missed, // compliance below the target
    NoRequests, // figures reported, but no request in the month: nothing to miss
    NoData, // no figures for the metric in the month
};

// One metric judged in one month by the version in force then.
struct MetricEvaluation
{
    qint64 serviceLevelId = 0;
    QString category;
    QString metric;
    ServiceLevelVersion version;
    qint64 requests = 0; // 64-bit end to end: a count is never cut to 32 bits
    qint64 met = 0;
    double compliancePercent = 0; // meaningful only when requests > 0
    MetricStatus status = MetricStatus::NoData;
    bool persistent = false; // missed in k of the last n months (CommitteeSettings)

    bool counted() const
    {
        return status == MetricStatus::Met || status == MetricStatus::NoRequests;
    }
};

// A month judged: every service level defined in the month, and the summary.
struct MonthEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(MonthEvaluation)

public:
    QDate month;
    QList<MetricEvaluation> metrics;

    int defined() const { return int(metrics.size()); }
    int thresholdsMet() const;
    int withoutData() const;
    bool hasFigures() const { return withoutData() < defined(); }
    QList<MetricEvaluation> misses() const;
    // The share of defined thresholds met, in percent (0 when none is defined).
    double overallPercent() const;
    // "PTI met 61 of the 63 defined thresholds (96.8%)."
    QString summarySentence() const;
};

class Evaluation
{
    Q_DECLARE_TR_FUNCTIONS(Evaluation)

public:
    // The rule, without a database: no requests -> NoRequests; otherwise met when
    // met/requests reaches the target (boundary inclusive).
    static MetricStatus judge(const ServiceLevelVersion& version, qint64 requests, qint64 met,
                              double* compliancePercent = nullptr);

    static Result<MonthEvaluation> month(const Database& db, QDate month);
    // Every month from `from` to `to` inclusive, oldest first, with persistent flags.
    static Result<QList<MonthEvaluation>> range(const Database& db, QDate from, QDate to);

    // Flags persistent misses in `months` (oldest first, consecutive): a metric
    // missed in at least `count` of the `window` months ending at each month.
    static void flagPersistent(QList<MonthEvaluation>& months, int count, int window);
};

} // namespace csc
