// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchRows.h"

namespace bench {

QList<Row> measureStartup(const Settings& settings);
QList<Row> measureMemory(const Settings& settings);
QList<Row> measureBoardFilter(const Settings& settings);
QList<Row> measureMinutesPdf(const Settings& settings);
QList<Row> measureImport(const Settings& settings);

QList<Measurement> measurements(const QString& only)
{
    if (only == QLatin1String("startup"))
        return { &measureStartup };
    if (only == QLatin1String("memory"))
        return { &measureMemory };
    if (only == QLatin1String("import"))
        return { &measureImport };
    if (only == QLatin1String("filter"))
        return { &measureBoardFilter };
    if (only == QLatin1String("pdf"))
        return { &measureMinutesPdf };
    return { &measureStartup, &measureMemory, &measureImport, &measureBoardFilter,
             &measureMinutesPdf };
}

} // namespace bench
