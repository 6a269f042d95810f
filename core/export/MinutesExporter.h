// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentWriter.h"
#include "PublicMinutes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The public minutes as posted: rendered from PublicMinutes only. Files are made
// through PublicOutputs ("minutes"), so every path gives the same bytes.
class MinutesExporter
{
    Q_DECLARE_TR_FUNCTIONS(MinutesExporter)

public:
    // Loads the meeting and filters it (see PublicMinutesFilter).
    static Result<PublicMinutes> publicMinutes(const Database& db, qint64 meetingId);

    static QString title(const PublicMinutes& minutes);
    static QString bodyHtml(const PublicMinutes& minutes);
    // "Approved by the committee on 3 December 2026; published on 4 December 2026."
    static QString dateLine(const PublicMinutes& minutes);
    // The document of a meeting with minutes; refuses a meeting without any.
    static Result<PublicDocument> document(const Database& db, qint64 meetingId);
    // "csc-minutes-2026-11-19.pdf"
    static QString fileName(QDate meetingDay, DocumentWriter::Format format);

    // Through the registry: the same bytes as the command line and the site.
    static Status exportMinutes(Database& db, qint64 meetingId, DocumentWriter::Format format,
                                const QString& path);
};

} // namespace csc
