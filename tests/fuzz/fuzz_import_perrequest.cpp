// SPDX-License-Identifier: GPL-3.0-or-later
// The IFO's per-request log is a file from outside: the importer must survive anything.
#include "ImportFuzzing.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    csc::fuzz::importBytes(
        data, size,
        QByteArrayLiteral("request_id,tld,category,metric,month,start,end,duration_seconds\n"));
    return 0;
}
