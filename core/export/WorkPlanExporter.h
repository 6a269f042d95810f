// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentWriter.h"
#include "meetings/WorkPlan.h"

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
    static Status exportWorkPlan(const Database& db, DocumentWriter::Format format,
                                 const QString& path);
};

} // namespace csc
