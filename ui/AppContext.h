// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QUndoGroup;

namespace csc {

class AppSettings;
class Database;

// What every section page works with: the open database, the user's settings and
// the undo group the main window's Edit menu follows.
struct AppContext
{
    Database* db = nullptr;
    AppSettings* settings = nullptr;
    QUndoGroup* undoGroup = nullptr;
};

} // namespace csc
