// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QStringList>

namespace csc {

class Database;

struct Migration
{
    int version;
    QStringList scripts; // Qt resource paths of SQL scripts, run in order
};

// The one schema, as the list of steps that lead to it. A released step is
// never edited; a change is a new step at the end.
class Migrations
{
public:
    static const QList<Migration>& steps();
    // Runs a multi-statement SQL script (SQLite dialect) on the database's connection.
    static Status runScript(Database& db, const QString& resourcePath);
};

} // namespace csc
