// SPDX-License-Identifier: GPL-3.0-or-later
// The IFO's monthly report as CSV is a file from outside: the importer must survive anything.
#include "ImportFuzzing.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    csc::fuzz::importBytes(data, size, QByteArrayLiteral("month,category,metric,requests,met\n"));
    return 0;
}
