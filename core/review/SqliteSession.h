// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SQLite declares its session extension only when these are defined; Debian's
// libsqlite3 is built with both, so the functions are there to link against.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h>
