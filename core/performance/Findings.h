// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evaluation.h"
#include "storage/AuditLog.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace csc {

class Database;

enum class Rating { Excellent, Satisfactory, Lower };

// The committee's narrative for one missed threshold.
struct MissNarrative
{
    QString text;
    bool explained = false; // satisfactorily explained, not a performance issue
};

// What the committee decided about a month.
struct MonthFinding
{
    QDate month;
    QString decidedRating; // empty: not decided yet
    QString statement; // empty: not drafted yet (the draft is composed)
    QDate decidedOn;
    QHash<qint64, MissNarrative> narratives; // by service level id
};

// The monthly findings: proposed rating in the committee's wording, the decided
// rating, narratives per missed threshold, the statement and its draft.
class Findings
{
    Q_DECLARE_TR_FUNCTIONS(Findings)

public:
    static QString
    ratingLabel(const Database& db,
                Rating rating); // "Excellent", "Satisfactory", the configured lower label
    // Excellent when every threshold is met; Satisfactory when every miss is
    // explained; otherwise the lower rating.
    static Rating proposedRating(const MonthEvaluation& evaluation,
                                 const QHash<qint64, MissNarrative>& narratives);

    static Result<MonthFinding> load(const Database& db, QDate month);
    // Each write needs EditMinutes and is audited.
    static Status setDecidedRating(Database& db, QDate month, const QString& rating,
                                   QDate decidedOn);
    static Status setNarrative(Database& db, QDate month, qint64 serviceLevelId,
                               const MissNarrative& narrative);
    static Status setStatement(Database& db, QDate month, const QString& statement);

    // The agreed wording for the month from its evaluation and narratives.
    static QString composeStatement(const Database& db, const MonthEvaluation& evaluation,
                                    const QHash<qint64, MissNarrative>& narratives,
                                    const QString& rating);
    // The month's statement: the stored one, or a draft that starts from the
    // previous month's findings with this month's figures and misses.
    static Result<QString> statementOrDraft(const Database& db, QDate month);

private:
    // One audited update of the month's finding row (created when missing).
    static Status
    updateFinding(Database& db, QDate month, const QString& assignments, QVariantList values,
                  const std::function<QList<FieldChange>(const MonthFinding&)>& changes);
};

} // namespace csc
