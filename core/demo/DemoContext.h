// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>

namespace csc {

class Database;

// What the parts of the demo generator share: one seeded random stream (so a
// seed always gives the same committee), the span of years and the roster.
struct DemoContext
{
    Database& db;
    QRandomGenerator rng;
    int years = 2;
    QDate asOf; // the demo's "today"; history runs back `years` from it
    QDate firstMonth; // first day of the first month with data
    QList<qint64> memberIds;
    QList<qint64> votingMemberIds;
    // The benchmarks' data set (about a thousand cases a year) instead of the real
    // committee's handful of escalations.
    bool bench = false;

    int bounded(int lowest, int highest)
    {
        return lowest + int(rng.bounded(quint32(highest - lowest + 1)));
    }
    bool chance(double p) { return rng.generateDouble() < p; }
};

} // namespace csc
