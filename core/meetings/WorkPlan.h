// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csc {

class Database;

struct WorkItem
{
    enum class Status { Planned, InProgress, Done };
    qint64 id = 0;
    int position = 0;
    QString title;
    QString description;
    QDate target;
    Status status = Status::Planned;
    bool isPublic = true; // the work plan is published; internal items stay out of it
    // Filled by WorkPlan::items: its text refers to a confidential case.
    bool confidentialByContext = false;
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const WorkItem&) const = default;

    bool isConfidential() const; // Confidentiality::ofWorkItem
};

// The committee's work plan (domain.md §2).
class WorkPlan
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlan)

public:
    static Result<QList<WorkItem>> items(const Database& db);
    static Result<qint64> add(Database& db, const WorkItem& item);
    static Status update(Database& db, const WorkItem& item);
    static QString statusName(WorkItem::Status status);
};

} // namespace csc
