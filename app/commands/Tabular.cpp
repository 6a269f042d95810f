// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tabular.h"

#include "core/util/CsvCell.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csc {

void Tabular::addRow(const QStringList& values, const QJsonObject& json)
{
    m_rows.append(values);
    m_json.append(json);
}

bool Tabular::isFormat(const QString& format)
{
    return format == QLatin1String("table") || format == QLatin1String("csv")
        || format == QLatin1String("json");
}

void Tabular::print(QTextStream& out, const QString& format) const
{
    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(QJsonDocument(m_json).toJson(QJsonDocument::Indented));
        return;
    }
    if (format == QLatin1String("csv")) {
        // The one CSV cell rule of core (quoting, formula neutralising, issue 10.16).
        out << csvRow(m_columns) << '\n';
        for (const QStringList& row : m_rows)
            out << csvRow(row) << '\n';
        return;
    }
    QList<int> widths;
    for (const QString& c : m_columns)
        widths << int(c.size());
    for (const QStringList& row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));
    }
    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += (i ? QStringLiteral("  ") : QString())
                + (i + 1 == row.size() ? row.at(i) : row.at(i).leftJustified(widths.value(i)));
        out << line << '\n';
    };
    printRow(m_columns);
    for (const QStringList& row : m_rows)
        printRow(row);
}

} // namespace csc
