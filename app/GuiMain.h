// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace csc {

// Opens the database at `path` (creating an empty one if needed) in the main window.
int runGui(const QString& path, bool readOnly, const QString& section = {});

} // namespace csc
