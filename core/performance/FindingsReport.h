// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csc {

class Database;

// The public part of an escalation or remedial action in progress, supplied by
// the caller (the cases feature) for the findings report.
struct EscalationSummary
{
    QString reference;
    QString title;
    QString process;
    QString step;
    QDate opened;
};

// The monthly findings report for public posting: summary sentence, rating and
// statement, every metric's figures, the misses with their narratives, the
// trend of the last twelve months and the escalations in progress.
class FindingsReport
{
    Q_DECLARE_TR_FUNCTIONS(FindingsReport)

public:
    static QString title(QDate month);
    // The public parts of the escalations in progress at the end of `month`, from the
    // cases (CaseRepository::publicEscalationSummaries): no exercise, no confidential title.
    static Result<QList<EscalationSummary>> escalationsInProgress(const Database& db, QDate month);
    // An HTML body fragment for DocumentWriter.
    static Result<QString> bodyHtml(const Database& db, QDate month,
                                    const QList<EscalationSummary>& escalations);
    // Writes the report (DocumentWriter format by name: "pdf", "html", "md").
    static Status write(const Database& db, QDate month,
                        const QList<EscalationSummary>& escalations, const QString& format,
                        const QString& path);
};

} // namespace csc
