// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentWriter.h"
#include "PublicMinutes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The public minutes as posted: rendered from PublicMinutes only, written by DocumentWriter.
class MinutesExporter
{
    Q_DECLARE_TR_FUNCTIONS(MinutesExporter)

public:
    // Loads the meeting and filters it (see PublicMinutesFilter).
    static Result<PublicMinutes> publicMinutes(const Database& db, qint64 meetingId);

    static QString title(const PublicMinutes& minutes);
    static QString bodyHtml(const PublicMinutes& minutes);
    // "csc-minutes-2026-11-19.pdf"
    static QString fileName(QDate meetingDay, DocumentWriter::Format format);

    // Refuses a meeting without minutes.
    static Status exportMinutes(const Database& db, qint64 meetingId, DocumentWriter::Format format,
                                const QString& path);
};

} // namespace csc
