// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"

namespace csc {

// `cscdesk cases open|move|respond|link|finding|publish-finding|show --format json`: every step
// of the processes headless, through the same core calls (rules, audit) as the app. `args` is
// the program name followed by the subcommand's own arguments.
int runCaseOpen(CommandContext& context, const QStringList& args);
int runCaseMove(CommandContext& context, const QStringList& args);
int runCaseRespond(CommandContext& context, const QStringList& args);
int runCaseLink(CommandContext& context, const QStringList& args);
int runCaseFinding(CommandContext& context, const QStringList& args);
int runCasePublishFinding(CommandContext& context, const QStringList& args);
int runCaseShowJson(CommandContext& context, const QString& reference);
// `cscdesk duties`: the other duties of domain.md §7 as JSON (DutyCommands.cpp).
int runDuties(CommandContext& context);

} // namespace csc
