// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetupCsv.h"

#include "core/performance/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace csc {

SetupCsvTable SetupCsvTable::read(const QString& path, const QStringList& columns,
                                  const QStringList& required)
{
    SetupCsvTable table;
    table.m_file = QFileInfo(path).fileName();
    const auto fail = [&](int line, int column, const QString& message) {
        table.m_problems.append({ table.m_file, line, column, message });
        return table;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(0, 0, tr("The file does not exist."));
    if (!info.isFile())
        return fail(0, 0, tr("This is not a regular file."));
    if (info.size() > kMaxBytes)
        return fail(0, 0,
                    tr("The file is %1 MB; a set-up file holds at most %2 MB.")
                        .arg(info.size() / (1024 * 1024))
                        .arg(kMaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("Cannot read the file: %1").arg(file.errorString()));

    CsvReader reader(&file);
    bool header = true;
    QList<int> columnOf; // file column -> index in `columns`
    while (reader.next()) {
        const QList<QByteArrayView>& fields = reader.fields();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank lines are ignored
        if (!reader.quoteProblem().isEmpty()) {
            table.m_problems.append(
                { table.m_file, reader.line(), reader.quoteProblemColumn(),
                  tr("Broken quoting (%1).").arg(QString::fromLatin1(reader.quoteProblem())) });
            continue;
        }
        QStringList values;
        bool utf8 = true;
        for (int i = 0; i < fields.size(); ++i) {
            if (!CsvReader::isValidUtf8(fields.at(i))) {
                table.m_problems.append(
                    { table.m_file, reader.line(), i + 1, tr("The text is not UTF-8.") });
                utf8 = false;
                break;
            }
            values << QString::fromUtf8(fields.at(i)).trimmed();
        }
        if (!utf8)
            continue;
        if (header) {
            header = false;
            for (int i = 0; i < values.size(); ++i) {
                const QString name = values.at(i).toLower();
                if (!columns.contains(name))
                    table.m_problems.append(
                        { table.m_file, reader.line(), i + 1,
                          tr("Unknown column “%1”; the columns are %2.")
                              .arg(values.at(i), columns.join(QLatin1String(", "))) });
                else if (table.m_columns.contains(name))
                    table.m_problems.append({ table.m_file, reader.line(), i + 1,
                                              tr("The column “%1” appears twice.").arg(name) });
                table.m_columns << name;
            }
            for (const QString& name : required) {
                if (!table.m_columns.contains(name))
                    table.m_problems.append({ table.m_file, reader.line(), 0,
                                              tr("The header has no “%1” column.").arg(name) });
            }
            if (!table.m_problems.isEmpty())
                return table;
            continue;
        }
        if (values.size() != table.m_columns.size()) {
            table.m_problems.append({ table.m_file, reader.line(), 0,
                                      tr("%1 fields where the header has %2.")
                                          .arg(values.size())
                                          .arg(table.m_columns.size()) });
            continue;
        }
        table.m_rows.append({ reader.line(), values });
    }
    if (header)
        return fail(1, 0, tr("The file is empty; it needs a header line."));
    return table;
}

QString SetupCsvTable::value(const Row& row, const QString& name) const
{
    const qsizetype i = m_columns.indexOf(name);
    return i < 0 ? QString() : row.fields.value(i);
}

void SetupCsvTable::addProblem(const Row& row, const QString& name, const QString& message)
{
    const qsizetype i = m_columns.indexOf(name);
    m_problems.append({ m_file, row.line, i < 0 ? 0 : int(i) + 1, message });
}

QString SetupCsvWriter::field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.startsWith(QLatin1Char(' ')) && !text.endsWith(QLatin1Char(' ')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

QString SetupCsvWriter::line(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << field(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString SetupCsvWriter::number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace csc
