// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchRows.h"

namespace bench {

QList<Row> measureStartup(const Settings& settings);
QList<Row> measureMemory(const Settings& settings);
QList<Row> measureBoardFilter(const Settings& settings);
QList<Row> measureMinutesPdf(const Settings& settings);
QList<Row> measureImport(const Settings& settings);

QList<Measurement> measurements()
{
    return { &measureStartup, &measureMemory, &measureImport, &measureBoardFilter,
             &measureMinutesPdf };
}

} // namespace bench
