// SPDX-License-Identifier: GPL-3.0-or-later
// A changes file arrives from a member's laptop: its parser must survive anything.
#include "review/ChangesFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = csc::ChangesFile::parse(bytes, QStringLiteral("fuzz.changes"));
    if (parsed)
        (void)parsed.value().changeset.size();
    return 0;
}
