// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace csc {

struct CommandContext;

// `cscdesk sle catalogue import FILE | export --out FILE | list [--month YYYY-MM]`,
// reached through `cscdesk sle`.
int runSleCatalogue(CommandContext& context, const QStringList& args);

} // namespace csc
