// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/CsvCell.h"

namespace csc {

QString csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t')
            || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"');
    return cell;
}

QString csvRow(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << csvCell(c);
    return out.join(QLatin1Char(','));
}

} // namespace csc
