// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/performance/EscalationReport.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csc {

class Database;

// The monthly findings report for public posting, built to fit 2-3 pages: the rating and the
// statement (one record: Findings), the missed thresholds with their narratives, one line per
// threshold, the trend of the last twelve months on a 0-100% axis, and the report of
// escalations (counts for confidential cases, details only for public ones).
class FindingsReport
{
    Q_DECLARE_TR_FUNCTIONS(FindingsReport)

public:
    static QString title(QDate month);
    // The report of escalations in progress at the end of `month` (EscalationReport).
    static Result<EscalationReport> escalationsInProgress(const Database& db, QDate month);
    // An HTML body fragment for DocumentWriter. Refused (nothing to export) while a hand edit
    // of the statement disagrees with the month's rating or misses (Findings::agreement).
    static Result<QString> bodyHtml(const Database& db, QDate month,
                                    const EscalationReport& escalations);
    // Writes the report (DocumentWriter format by name: "pdf", "html", "md").
    static Status write(Database& db, QDate month, const EscalationReport& escalations,
                        const QString& format, const QString& path);
};

} // namespace csc
