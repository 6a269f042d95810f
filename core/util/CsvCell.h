// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace csc {

// Every CSV that CSC Desk writes builds its cells here. A cell a spreadsheet would
// read as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
// leading apostrophe, so a case title such as "=HYPERLINK(...)" shows as text
// instead of running; cells with a comma, quote or line break are quoted (RFC 4180).
// Numbers the program itself writes do not go through here and stay numbers.
QString csvCell(const QString& text);
// The cells joined by commas, without the line end.
QString csvRow(const QStringList& cells);

} // namespace csc
