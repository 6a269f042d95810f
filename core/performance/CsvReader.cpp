// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QIODevice>

#include <cstring>

namespace csc {

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{ }

bool CsvReader::readLine(QByteArrayView* line)
{
    m_assembled.clear(); // the previous line, if it was assembled here, has been used
    m_tooLong = false;
    for (;;) {
        if (m_position < m_buffer.size()) {
            const char* start = m_buffer.constData() + m_position;
            const qsizetype available = m_buffer.size() - m_position;
            if (const void* nl = std::memchr(start, '\n', size_t(available))) {
                const qsizetype length = static_cast<const char*>(nl) - start;
                m_position += length + 1;
                if (m_tooLong || m_assembled.size() + length > kMaxLineBytes) {
                    m_tooLong = true;
                    m_assembled.clear();
                    *line = QByteArrayView();
                } else if (m_assembled.isEmpty()) {
                    *line = QByteArrayView(start, length);
                } else {
                    m_assembled.append(start, length);
                    *line = m_assembled;
                }
                return true;
            }
            // The line continues in the next chunk (unless it is already too long to keep).
            if (!m_tooLong && m_assembled.size() + available > kMaxLineBytes) {
                m_tooLong = true;
                m_assembled.clear();
            }
            if (!m_tooLong)
                m_assembled.append(start, available);
            m_position = m_buffer.size();
        }
        if (m_eof) {
            if (m_tooLong) {
                *line = QByteArrayView();
                return true;
            }
            if (m_assembled.isEmpty())
                return false;
            *line = m_assembled;
            return true;
        }
        m_buffer = m_device->read(kChunk);
        m_position = 0;
        m_bytesRead += m_buffer.size();
        if (m_buffer.isEmpty())
            m_eof = true;
    }
}

bool CsvReader::next()
{
    QByteArrayView line;
    if (!readLine(&line))
        return false;
    ++m_line;
    if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    if (line.endsWith('\r'))
        line.chop(1);
    split(line);
    return true;
}

void CsvReader::split(QByteArrayView line)
{
    m_fields.clear();
    m_quoteProblem.clear();
    m_quoteProblemColumn = 0;
    if (!line.contains('"')) {
        qsizetype from = 0;
        for (;;) {
            const qsizetype comma = line.indexOf(',', from);
            if (comma < 0) {
                m_fields.append(line.sliced(from));
                return;
            }
            m_fields.append(line.sliced(from, comma - from));
            from = comma + 1;
        }
    }
    // Quoted fields: unescape into owned storage sized up front so views stay valid.
    m_unquoted.clear();
    m_unquoted.reserve(size_t(line.count(',') + 1));
    qsizetype i = 0;
    for (;;) {
        QByteArray field;
        const int column = int(m_unquoted.size()) + 1;
        if (i < line.size() && line.at(i) == '"') {
            ++i;
            bool closed = false;
            while (i < line.size()) {
                if (line.at(i) == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                field.append(line.at(i++));
            }
            if (!closed) {
                m_quoteProblem = "unterminated quote";
                m_quoteProblemColumn = column;
            } else if (i < line.size() && line.at(i) != ',') {
                m_quoteProblem = "text after a closing quote";
                m_quoteProblemColumn = column;
                while (i < line.size() && line.at(i) != ',')
                    ++i;
            }
        } else {
            while (i < line.size() && line.at(i) != ',')
                field.append(line.at(i++));
        }
        m_unquoted.push_back(field);
        if (i >= line.size())
            break;
        ++i; // the comma
        if (i == line.size()) {
            m_unquoted.push_back(QByteArray());
            break;
        }
    }
    for (const QByteArray& f : m_unquoted)
        m_fields.append(QByteArrayView(f));
}

bool CsvReader::isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= n)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace csc
