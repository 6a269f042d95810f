// SPDX-License-Identifier: GPL-3.0-or-later
// An .ics file comes from any calendar program: the reader must survive anything,
// and what it reads must survive being written back.
#include "core/meetings/ICalendar.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = csc::ICalendar::parse(bytes, QStringLiteral("fuzz.ics"));
    if (parsed && !parsed.value().isEmpty()) {
        const QDateTime stamp(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        (void)csc::ICalendar::write(parsed.value(), stamp, QStringLiteral("fuzz"));
    }
    return 0;
}
