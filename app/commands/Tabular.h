// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace csc {

struct CommandContext;

// One table printed the way every read command prints: an aligned table for people, CSV
// with a header for spreadsheets, or a JSON array of objects keyed by the column names.
class Tabular
{
public:
    explicit Tabular(QStringList columns)
        : m_columns(std::move(columns))
    { }

    void addRow(const QStringList& values, const QJsonObject& json);
    // Checks --format; an exit code on a usage error.
    static bool isFormat(const QString& format);
    void print(QTextStream& out, const QString& format) const;

private:
    QStringList m_columns;
    QList<QStringList> m_rows;
    QJsonArray m_json;
};

} // namespace csc
