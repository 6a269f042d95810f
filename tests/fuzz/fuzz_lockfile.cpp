// SPDX-License-Identifier: GPL-3.0-or-later
// A lock file lies beside the database, where anyone (or a crash) may have left
// anything: its reader must survive every input and never call garbage a holder.
#include "core/storage/DatabaseLock.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto holder = csc::DatabaseLock::parse(bytes);
    if (holder) {
        // A holder is named by a process and a host; what is read back is what was written.
        if (holder->pid <= 0 || holder->host.trimmed().isEmpty())
            __builtin_trap();
        if (!holder->legacy) {
            const auto again = csc::DatabaseLock::parse(csc::DatabaseLock::format(*holder));
            if (!again || again->pid != holder->pid || again->inode != holder->inode
                || again->device != holder->device)
                __builtin_trap();
        }
    }
    return 0;
}
