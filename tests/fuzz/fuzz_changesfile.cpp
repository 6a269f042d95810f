// SPDX-License-Identifier: GPL-3.0-or-later
// A changes file arrives from a member's laptop: its parser must survive anything, the header
// (magic, seal line, length, JSON description, audit head) as much as the changeset.
#include "core/review/AuditHeadReader.h"
#include "core/review/ChangesFile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = csc::ChangesFile::parse(bytes, QStringLiteral("fuzz.changes"));
    if (parsed) {
        (void)parsed.value().changeset.size();
        // The seal check runs on whatever parsed, with a key of the right and the wrong shape.
        (void)parsed.value().sealMatches(QString(64, QLatin1Char('a')));
        (void)parsed.value().sealMatches(QStringLiteral("short"));
        (void)parsed.value().auditHead.toText();
    }
    // `audit verify --against` reads heads out of any text it is given.
    (void)csc::AuditHeadReader::headsInText(QString::fromUtf8(bytes));
    (void)csc::AuditHead::fromText(QString::fromUtf8(bytes.left(200)));
    return 0;
}
