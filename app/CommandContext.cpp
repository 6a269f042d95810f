// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "core/review/ReviewCopyOpener.h"
#include "core/settings/AppSettings.h"

#include <QCommandLineParser>

namespace csc {

Result<std::unique_ptr<Database>> CommandContext::openDatabase(bool readOnly) const
{
    Database::Options options;
    options.readOnly = readOnly;
    auto db = ReviewCopyOpener::open(databasePath, options);
    if (db)
        db.value()->setSession(AppSettings().profile());
    return db;
}

std::optional<int> CommandContext::parseArguments(QCommandLineParser& parser,
                                                  const QStringList& args) const
{
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

int CommandContext::usageError(const QString& message) const
{
    err << QStringLiteral("cscdesk %1: %2").arg(name, message) << Qt::endl;
    return ExitUsage;
}

int CommandContext::dataError(const QString& message) const
{
    err << QStringLiteral("cscdesk %1: %2").arg(name, message) << Qt::endl;
    return ExitData;
}

int CommandContext::dataError(const Error& error) const
{
    return dataError(error.fullText().simplified());
}

QList<CommandSpec> allCommands()
{
    return demoCommands() + caseCommands() + performanceCommands() + meetingCommands()
        + trustCommands() + reviewCommands() + setupCommands() + publicCommands()
        + serverCommands();
}

} // namespace csc
