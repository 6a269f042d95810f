#include "BenchRows.h"

namespace bench {

QList<Row> measureStartup(const Settings& settings);
QList<Row> measureMemory(const Settings& settings);

QList<Measurement> measurements()
{
    return { &measureStartup, &measureMemory };
}

} // namespace bench
