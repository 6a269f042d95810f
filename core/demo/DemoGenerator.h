// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace csc {

class Database;

struct DemoOptions
{
    // Realistic: the volumes of the real committee (a handful of escalations a year);
    // Bench: the large data set the benchmarks measure on (about 1,000 cases a year).
    enum class Scale { Realistic, Bench };

    quint32 seed = 1;
    int years = 2;
    QDate asOf = QDate::currentDate();
    Scale scale = Scale::Realistic;
};

// Fills an empty database with a realistic committee: the roster of domain.md §1,
// holidays, the service level catalogue and monthly figures, meetings and cases.
// The same seed and "as of" date always give the same content.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static Status generate(Database& db, const DemoOptions& options);
    // Creates `path` (which must not exist) and fills it.
    static Status generateFile(const QString& path, const DemoOptions& options);
};

} // namespace csc
