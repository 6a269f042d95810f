// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

class QIODevice;

namespace csc {

// Streams a CSV file record by record without decoding it, so a million-row
// import does not allocate per field. Accepts a UTF-8 BOM, LF and CRLF, and
// RFC 4180 quoting within one line.
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    // A longer line is not kept (only counted): a file of one endless line cannot
    // fill the memory. No line of figures comes near it.
    static constexpr qsizetype kMaxLineBytes = qsizetype(64) << 20;

    // The next record; false at the end of the input.
    bool next();
    int line() const { return m_line; }
    // Fields of the current record; valid until the next call.
    const QList<QByteArrayView>& fields() const { return m_fields; }
    // Non-empty when the current line's quoting is broken (the fields are then unreliable).
    QByteArray quoteProblem() const { return m_quoteProblem; }
    int quoteProblemColumn() const { return m_quoteProblemColumn; }
    // True when the current line was longer than kMaxLineBytes (its fields are then empty).
    bool lineTooLong() const { return m_tooLong; }
    qint64 bytesRead() const { return m_bytesRead; }

    // Accurate UTF-8 check (no overlongs, no surrogates).
    static bool isValidUtf8(QByteArrayView bytes);

private:
    bool readLine(QByteArrayView* line);
    void split(QByteArrayView line);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_eof = false;
    int m_line = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_assembled; // a line that spans two chunks
    QList<QByteArrayView> m_fields;
    std::vector<QByteArray> m_unquoted;
    QByteArray m_quoteProblem;
    int m_quoteProblemColumn = 0;
    bool m_tooLong = false;
};

} // namespace csc
