// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace csc {

class Database;
class WriteScope;

// A case as the escalation report reads it, at the step it stood on the report's day.
struct EscalationRow
{
    QString reference;
    QString title;
    QString process;
    QString openedUtc;
    QString step; // empty: no move by then
    bool isPublic = false; // not confidential, and made public by a recorded decision
};

// The committee's findings rows (ratings, narratives, reopenings) and what the findings
// report reads of the cases. Part of the performance store: its SQL is in FigureStore.cpp.
// Writes take the WriteScope of the caller's one audited write.
class FindingStore
{
public:
    static Result<MonthFinding> finding(const Database& db, QDate month);
    // The last month with a decided rating (invalid when none).
    static Result<QDate> lastRatedMonth(const Database& db);
    // Of `months`, those with a decided rating, as given.
    static Result<QList<QDate>> ratedAmong(const Database& db, const QList<QDate>& months);

    // The finding row's fields, each write audited as one "update" of sle_finding with
    // `changes` (the row is created when missing).
    static Status setDecidedRating(WriteScope& w, QDate month, const QString& rating, QDate on,
                                   const QList<FieldChange>& changes);
    static Status clearDecidedRating(WriteScope& w, QDate month, const QList<FieldChange>& changes);
    static Status setStatementEdit(WriteScope& w, QDate month, const QString& statement,
                                   const QString& base, const QString& rating,
                                   const QString& misses, const QList<FieldChange>& changes);
    static Status clearStatementEdit(WriteScope& w, QDate month, const QList<FieldChange>& changes);
    static Status setNarrative(WriteScope& w, QDate month, qint64 serviceLevelId,
                               const MissNarrative& old, const MissNarrative& narrative);
    // The chair's reopening of a rated month, a record of its own.
    static Result<qint64> insertReopening(WriteScope& w, const MonthFinding& finding,
                                          const QString& reason);

    // Non-exercise escalations opened by `asOf`, by reference.
    static Result<QList<EscalationRow>> escalations(const Database& db, QDate asOf);
};

} // namespace csc
