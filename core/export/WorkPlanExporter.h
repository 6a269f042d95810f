// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentWriter.h"
#include "core/meetings/WorkPlan.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The public work plan: only items marked public, rendered from them alone.
class WorkPlanExporter
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlanExporter)

public:
    static QList<WorkItem> publicItems(const QList<WorkItem>& items);
    static QString title();
    static QString bodyHtml(const QList<WorkItem>& publicItems);
    // "csc-work-plan-2026-11-23.md"
    static QString fileName(QDate day, DocumentWriter::Format format);
    // The public work plan as of `today` (the footer's date).
    static Result<PublicDocument> document(const Database& db, QDate today);
    // Through the registry ("workplan"): the same bytes as the command line and the site.
    static Status exportWorkPlan(Database& db, DocumentWriter::Format format, const QString& path);
};

} // namespace csc
