// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evaluation.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

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
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const MissNarrative&) const = default;
};

// What the committee decided about a month: one record from which the rating, the statement
// and the list of missed thresholds are all taken.
struct MonthFinding
{
    QDate month;
    QString decidedRating; // empty: not decided yet
    QDate decidedOn;
    // A hand edit of the agreed wording; empty: the wording is generated from the record.
    QString statement;
    QString statementBase; // the generated wording the edit started from
    QString statementRating; // the rating the edit was written for
    QString statementMisses; // the missed thresholds it was written for (Findings::missKey)
    QHash<qint64, MissNarrative> narratives; // by service level id

    bool isRated() const { return !decidedRating.isEmpty(); }
    bool isEdited() const { return !statement.isEmpty(); }
};

// What to do with a hand-edited statement written for another rating than the one recorded.
enum class EditedStatement {
    Refuse, // record nothing; the caller asks the user
    Redraft, // drop the edit: the agreed wording is generated from the new rating
    Keep, // keep the edit; the report refuses to export until the two agree again
};

// The monthly findings: proposed rating in the committee's wording, the decided rating (the
// chair's), narratives per missed threshold (the secretariat drafts them), and the statement:
// generated from the rating and the narratives, or a hand edit of that text.
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
    // The rating the month's text is written for: the decided one, else the proposed one.
    static QString effectiveRating(const Database& db, const MonthEvaluation& evaluation,
                                   const MonthFinding& finding);
    // The missed thresholds of an evaluation as stored with a hand edit ("3,7").
    static QString missKey(const MonthEvaluation& evaluation);

    static Result<MonthFinding> load(const Database& db, QDate month);

    // Records the committee's rating: needs RecordRating (the chair). Refused when the month is
    // rated already (reopen first), has no figures, or the rating contradicts the record
    // (Excellent with a threshold not met, Satisfactory with a miss not explained). A hand edit
    // written for another rating is handled as `onEdit` says. Audited.
    static Status setDecidedRating(Database& db, QDate month, const QString& rating,
                                   QDate decidedOn,
                                   EditedStatement onEdit = EditedStatement::Refuse);
    // Reopens a rated month by a recorded decision of the chair, with the reason: its figures
    // may then be re-imported and its findings changed; the old rating stays in the record.
    static Status reopen(Database& db, QDate month, const QString& reason);

    // The secretariat's drafting (EditMinutes), refused while the month is rated. Audited.
    static Status setNarrative(Database& db, QDate month, qint64 serviceLevelId,
                               const MissNarrative& narrative);
    // A hand edit of the agreed wording, kept with the text, rating and misses it edits. The
    // generated text itself (or an empty one) clears the edit.
    static Status setStatement(Database& db, QDate month, const QString& statement);
    // Drops the hand edit so the wording is generated from the record again (also allowed on a
    // rated month: it only brings the text back into agreement). Audited.
    static Status redraft(Database& db, QDate month);

    // The agreed wording for the month from its evaluation, narratives and rating (empty rating:
    // the proposed one): "Satisfactory: PTI's performance over May 2026 was 98.4%. PTI met 62
    // of the currently defined 63 thresholds. …".
    static QString composeStatement(const Database& db, const MonthEvaluation& evaluation,
                                    const QHash<qint64, MissNarrative>& narratives,
                                    const QString& rating);
    // The month's statement: the hand edit, or the wording generated from the record.
    static Result<QString> statementOrDraft(const Database& db, QDate month);
    // Whether a hand edit agrees with the record as it stands (rating and misses); an error
    // saying what disagrees and what to do otherwise. No edit always agrees.
    static Status agreement(const Database& db, QDate month);
    // Whether recording `rating` would leave a hand edit written for another rating.
    static Result<bool> editDisagreesWith(const Database& db, QDate month, const QString& rating);

    // The narratives a month's draft starts from: this month's, and for a threshold missed
    // again without one, last month's text, never its "satisfactorily explained" flag.
    static Result<QHash<qint64, MissNarrative>> draftNarratives(const Database& db, QDate month);

private:
    static Status refuseWhenRated(const MonthFinding& finding);
};

} // namespace csc
