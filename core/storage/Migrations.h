// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace csc {

class Database;

// One step of the schema: SQL scripts, then (when a change cannot be said in DDL, e.g. data
// computed in C++) a function, both inside the migration's transaction.
struct Migration
{
    int version;
    QStringList scripts; // Qt resource paths of SQL scripts, run in order
    std::function<Status(Database&)> code = {};
};

// The one schema, as the list of steps that lead to it. A released step is
// never edited; a change is a new step at the end.
class Migrations
{
public:
    static const QList<Migration>& steps();
    // Runs one step: its scripts in order, then its code.
    static Status run(Database& db, const Migration& step);
    // Runs a multi-statement SQL script (through the dialect) on the database's connection.
    static Status runScript(Database& db, const QString& resourcePath);
};

} // namespace csc
