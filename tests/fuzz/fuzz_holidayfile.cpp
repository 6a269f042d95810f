// SPDX-License-Identifier: GPL-3.0-or-later
// A holiday file is downloaded or typed by hand: its reader must survive anything.
#include "core/meetings/HolidayFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = csc::HolidayFile::parse(bytes, QStringLiteral("fuzz.txt"));
    if (parsed) {
        for (const csc::Holiday& holiday : parsed.value())
            (void)holiday.day.toJulianDay();
    }
    return 0;
}
