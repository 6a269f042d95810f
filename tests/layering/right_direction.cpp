// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled as core/storage is: its own headers and util's (below it) are found.
#include "core/storage/Database.h"
#include "core/util/Result.h"

int cscLayeringRightDirection()
{
    return csc::Database::currentSchemaVersion() > 0 ? 0 : 1;
}
