// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/FigureImporter.h"

#include <QCoreApplication>
#include <QStringList>

namespace csc {

// What an import of set-up data did: nothing at all when it found problems.
struct SetupImportOutcome
{
    QList<ImportProblem> problems; // "file:line:column: message", line 1 is the header
    int added = 0; // records created
    int unchanged = 0; // records already there exactly as in the file
    QStringList notes; // translated remarks for the user (e.g. the composition check)

    bool ok() const { return problems.isEmpty(); }
};

// A whole CSV file of set-up data read through CsvReader: the header names the columns
// (any order, case-insensitive), every cell is checked as UTF-8, and each problem names
// its file, line and column. Set-up files are small, so they are read whole (with a cap).
class SetupCsvTable
{
    Q_DECLARE_TR_FUNCTIONS(SetupCsvTable)

public:
    struct Row
    {
        int line = 0;
        QStringList fields; // in the file's column order
    };

    // `columns`: the names a file may have; `required`: those it must have.
    static SetupCsvTable read(const QString& path, const QStringList& columns,
                              const QStringList& required);

    QString fileName() const { return m_file; }
    const QList<Row>& rows() const { return m_rows; }
    QList<ImportProblem>& problems() { return m_problems; }
    bool hasColumn(const QString& name) const { return m_columns.contains(name); }
    QString value(const Row& row, const QString& name) const;
    // A problem in `row` at the column `name` (or the whole line when the column is absent).
    void addProblem(const Row& row, const QString& name, const QString& message);

    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;

private:
    QString m_file;
    QStringList m_columns; // lower-case names in file order
    QList<Row> m_rows;
    QList<ImportProblem> m_problems;
};

// Writing CSV the importers read back exactly.
struct SetupCsvWriter
{
    static QString field(const QString& text);
    static QString line(const QStringList& fields); // with the trailing '\n'
    // The shortest text that reads back as the same double ("259200", "0.5").
    static QString number(double value);
};

} // namespace csc
