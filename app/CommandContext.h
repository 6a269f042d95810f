// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace csc {

enum ExitCode { ExitOk = 0, ExitUsage = 1, ExitData = 2 };

// What a headless command gets: its own arguments, the database to work on and
// where to print. Output goes to stdout; one-line errors to stderr.
struct CommandContext
{
    QString name; // "demo", "cases", ...
    QStringList arguments; // program name first, then what follows the command name
    QString databasePath; // from --db, or the default location
    bool databaseGiven = false;
    QTextStream& out;
    QTextStream& err;

    // Opens the database with the user's profile as the session.
    Result<std::unique_ptr<Database>> openDatabase(bool readOnly = false) const;
    // Parses the command's own options and answers --help (the parser has its help
    // option): an exit code to stop with, or nothing to go on.
    std::optional<int> parseArguments(QCommandLineParser& parser) const
    {
        return parseArguments(parser, arguments);
    }
    // The same for a subcommand's own arguments (`sle import FILE ...`).
    std::optional<int> parseArguments(QCommandLineParser& parser, const QStringList& args) const;
    int usageError(const QString& message) const;
    int dataError(const QString& message) const;
    int dataError(const Error& error) const;
};

// One `cscdesk <command>`: its name, a one-line summary, and how to run it.
struct CommandSpec
{
    QString name;
    QString summary;
    int (*run)(CommandContext& context);
};

// Each feature lists its commands in its own file under app/commands/.
QList<CommandSpec> demoCommands();
QList<CommandSpec> caseCommands();
QList<CommandSpec> performanceCommands();
QList<CommandSpec> meetingCommands();
QList<CommandSpec> trustCommands();
QList<CommandSpec> reviewCommands();
QList<CommandSpec> setupCommands();
QList<CommandSpec> publicCommands();
QList<CommandSpec> serverCommands();

QList<CommandSpec> allCommands();

} // namespace csc
