// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/Database.h"

#include <QTest>

namespace csc::test {

// A small catalogue with hand-checkable thresholds, defined from January 2026:
//   I  Technical check results              ≤ 50 min  Max 95%
//   I  Root zone publication after review   ≤ 72 h    Max 99%
//   I  Contact approval window kept open    ≥ 3 days  Min 99%
//   V  Other change request completed       ≤ 15 days Max 90%
struct SleFixture
{
    qint64 checks = 0;
    qint64 publication = 0;
    qint64 window = 0;
    qint64 other = 0;

    static ServiceLevelVersion version(double threshold, DurationUnit unit, ThresholdType type,
                                       double target, QDate from = QDate(2026, 1, 1))
    {
        ServiceLevelVersion v;
        v.effectiveFrom = from;
        v.threshold = threshold;
        v.unit = unit;
        v.type = type;
        v.targetPercent = target;
        return v;
    }

    bool seed(Database& db)
    {
        auto a = ServiceLevelCatalogue::create(
            db, QStringLiteral("I"), QStringLiteral("Technical check results"),
            version(50, DurationUnit::Minutes, ThresholdType::Max, 95));
        auto b = ServiceLevelCatalogue::create(
            db, QStringLiteral("I"), QStringLiteral("Root zone publication after review"),
            version(72, DurationUnit::Hours, ThresholdType::Max, 99));
        auto c = ServiceLevelCatalogue::create(
            db, QStringLiteral("I"), QStringLiteral("Contact approval window kept open"),
            version(3, DurationUnit::Days, ThresholdType::Min, 99));
        auto d = ServiceLevelCatalogue::create(
            db, QStringLiteral("V"), QStringLiteral("Other change request completed"),
            version(15, DurationUnit::Days, ThresholdType::Max, 90));
        if (!a || !b || !c || !d)
            return false;
        checks = a.value();
        publication = b.value();
        window = c.value();
        other = d.value();
        return true;
    }
};

} // namespace csc::test
