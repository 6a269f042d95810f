// SPDX-License-Identifier: GPL-3.0-or-later
#include "Findings.h"

#include "FindingStore.h"
#include "RatedMonths.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QLocale>

#include <functional>

namespace csc {

namespace {

// One audited write of the month's finding row: `changes` from the row as it was, then
// `write` with them. The caller has checked the permission.
Status writeFinding(Database& db, QDate month,
                     const std::function<Status(WriteScope&, const QList<FieldChange>&)>& write,
                     const std::function<QList<FieldChange>(const MonthFinding&)>& changes)
{
    return auditedWrite(db, std::nullopt, [&](WriteScope& w) -> Status {
        auto before = FindingStore::finding(db, month);
        if (!before)
            return before.error();
        return write(w, changes(before.value()));
    });
}

} // namespace

QString Findings::ratingLabel(const Database& db, Rating rating)
{
    switch (rating) {
    case Rating::Excellent:
        return tr("Excellent");
    case Rating::Satisfactory:
        return tr("Satisfactory");
    case Rating::Lower:
        return CommitteeSettings::value(db, CommitteeSettings::Key::LowerRatingLabel).toString();
    }
    return {};
}

Rating Findings::proposedRating(const MonthEvaluation& evaluation,
                                const QHash<qint64, MissNarrative>& narratives)
{
    const QList<MetricEvaluation> misses = evaluation.misses();
    if (misses.isEmpty() && evaluation.withoutData() == 0)
        return Rating::Excellent;
    if (evaluation.withoutData() > 0)
        return Rating::Lower; // incomplete figures cannot be rated better until they arrive
    for (const MetricEvaluation& m : misses) {
        if (!narratives.value(m.serviceLevelId).explained)
            return Rating::Lower;
    }
    return Rating::Satisfactory;
}

QString Findings::effectiveRating(const Database& db, const MonthEvaluation& evaluation,
                                  const MonthFinding& finding)
{
    return finding.isRated() ? finding.decidedRating
                             : ratingLabel(db, proposedRating(evaluation, finding.narratives));
}

QString Findings::missKey(const MonthEvaluation& evaluation)
{
    QStringList ids;
    for (const MetricEvaluation& m : evaluation.misses())
        ids << QString::number(m.serviceLevelId);
    return ids.join(QLatin1Char(','));
}

Result<MonthFinding> Findings::load(const Database& db, QDate month)
{
    return FindingStore::finding(db, month);
}

Status Findings::refuseWhenRated(const MonthFinding& finding)
{
    if (!finding.isRated())
        return {};
    return Error { tr("The findings of %1 cannot change: the committee rated the month “%2” on "
                      "%3, and a rated month is a record. The chair must first reopen its "
                      "rating, a recorded decision.")
                       .arg(SleMonth::display(finding.month), finding.decidedRating,
                            QLocale().toString(finding.decidedOn, QLocale::ShortFormat)),
                   {} };
}

Result<bool> Findings::editDisagreesWith(const Database& db, QDate month, const QString& rating)
{
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    if (!finding.value().isEdited())
        return false;
    const MonthFinding& f = finding.value();
    if (f.statementRating.isEmpty()) // an edit from before the record kept its rating
        return !f.statement.startsWith(rating);
    return f.statementRating != rating;
}

Status Findings::setDecidedRating(Database& db, QDate month, const QString& rating, QDate decidedOn,
                                  EditedStatement onEdit)
{
    if (auto p = Permissions::check(db.session(), Permission::RecordRating); !p)
        return p;
    const QString label = rating.trimmed();
    if (label.isEmpty())
        return Error { tr("A rating needs a label (for example “%1”).")
                           .arg(ratingLabel(db, Rating::Satisfactory)),
                       {} };
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    if (finding.value().isRated())
        return Error { tr("%1 is already rated “%2”. A recorded rating is not changed: the chair "
                          "reopens it first, with the reason, as a recorded decision.")
                           .arg(SleMonth::display(month), finding.value().decidedRating),
                       {} };
    auto evaluation = Evaluation::month(db, month);
    if (!evaluation)
        return evaluation.error();
    const MonthEvaluation& e = evaluation.value();
    if (!e.hasFigures())
        return Error { tr("%1 has no figures yet: a month is rated on its figures.")
                           .arg(SleMonth::display(month)),
                       {} };
    // The agreed wording of each rating states facts; a rating that contradicts them is refused.
    if (label == ratingLabel(db, Rating::Excellent) && e.thresholdsMet() != e.defined())
        return Error { tr("“%1” means every defined threshold was met; in %2 PTI met %3 of %4.")
                           .arg(label, SleMonth::display(month))
                           .arg(e.thresholdsMet())
                           .arg(e.defined()),
                       {} };
    if (label == ratingLabel(db, Rating::Satisfactory)) {
        QStringList unexplained;
        for (const MetricEvaluation& m : e.misses()) {
            if (!finding.value().narratives.value(m.serviceLevelId).explained)
                unexplained << tr("%1 (category %2)").arg(m.metric, m.category);
        }
        if (!unexplained.isEmpty())
            return Error {
                tr("“%1” says every missed threshold was satisfactorily explained; not yet "
                   "explained: %2. Record their narratives as explained, or record the lower "
                   "rating.")
                    .arg(label, unexplained.join(QStringLiteral("; "))),
                {}
            };
    }
    auto disagrees = editDisagreesWith(db, month, label);
    if (!disagrees)
        return disagrees.error();
    if (disagrees.value() && onEdit == EditedStatement::Refuse)
        return Error { tr("The findings statement of %1 was edited by hand for another rating "
                          "than “%2”. Redraft it from the new rating, or keep the edit (the "
                          "report then cannot be exported until the two agree).")
                           .arg(SleMonth::display(month), label),
                       {} };

    return auditedWrite(db, Permission::RecordRating, [&](WriteScope&) -> Status {
        if (disagrees.value() && onEdit == EditedStatement::Redraft) {
            if (auto s = redraft(db, month); !s)
                return s;
        }
        const QVariant on = decidedOn.isValid() ? QVariant(decidedOn.toString(Qt::ISODate))
                                                : QVariant(QMetaType(QMetaType::QString));
        return writeFinding(
            db, month,
            [&](WriteScope& w, const QList<FieldChange>& changes) {
                return FindingStore::setDecidedRating(w, month, label, decidedOn, changes);
            },
            [&](const MonthFinding& before) {
                return QList<FieldChange> {
                    { QStringLiteral("decided_rating"), before.decidedRating, label },
                    { QStringLiteral("decided_on"), before.decidedOn.toString(Qt::ISODate), on }
                };
            });
    });
}

Status Findings::reopen(Database& db, QDate month, const QString& reason)
{
    if (auto p = Permissions::check(db.session(), Permission::RecordRating); !p)
        return p;
    if (reason.trimmed().isEmpty())
        return Error { tr("Reopening a rated month needs the reason, for the record."), {} };
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    const MonthFinding& f = finding.value();
    if (!f.isRated())
        return Error {
            tr("%1 is not rated: there is nothing to reopen.").arg(SleMonth::display(month)), {}
        };
    return auditedWrite(db, Permission::RecordRating, [&](WriteScope& w) -> Status {
        if (auto id = FindingStore::insertReopening(w, f, reason.trimmed()); !id)
            return id.error();
        return writeFinding(
            db, month,
            [&](WriteScope& inner, const QList<FieldChange>& changes) {
                return FindingStore::clearDecidedRating(inner, month, changes);
            },
            [&](const MonthFinding& before) {
                return QList<FieldChange> {
                    { QStringLiteral("decided_rating"), before.decidedRating, QString() },
                    { QStringLiteral("decided_on"), before.decidedOn.toString(Qt::ISODate), {} }
                };
            });
    });
}

Status Findings::setNarrative(Database& db, QDate month, qint64 serviceLevelId,
                              const MissNarrative& narrative)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    return auditedWrite(db, Permission::EditMinutes, [&](WriteScope& w) -> Status {
        auto before = load(db, month);
        if (!before)
            return before.error();
        if (auto s = refuseWhenRated(before.value()); !s)
            return s;
        const MissNarrative old = before.value().narratives.value(serviceLevelId);
        return FindingStore::setNarrative(w, month, serviceLevelId, old, narrative);
    });
}

Status Findings::setStatement(Database& db, QDate month, const QString& statement)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    auto evaluation = Evaluation::month(db, month);
    if (!evaluation)
        return evaluation.error();
    const MonthFinding& f = finding.value();
    const QString rating = effectiveRating(db, evaluation.value(), f);
    const QString generated = composeStatement(db, evaluation.value(), f.narratives, rating);
    const QString edit
        = statement.trimmed() == generated.trimmed() ? QString() : statement.trimmed();
    if (edit == f.statement)
        return {};
    if (edit.isEmpty()) // back to the generated wording: always allowed, it agrees by definition
        return redraft(db, month);
    if (auto s = refuseWhenRated(f); !s)
        return s;
    const QString base = generated;
    const QString forRating = rating;
    const QString misses = missKey(evaluation.value());
    return writeFinding(
        db, month,
        [&](WriteScope& w, const QList<FieldChange>& changes) {
            return FindingStore::setStatementEdit(w, month, edit, base, forRating, misses, changes);
        },
        [&](const MonthFinding& before) {
            return QList<FieldChange> { { QStringLiteral("statement"), before.statement, edit },
                                        { QStringLiteral("statement_rating"),
                                          before.statementRating, forRating } };
        });
}

Status Findings::redraft(Database& db, QDate month)
{
    // EditMinutes: the secretariat and the chair (who redrafts while recording a rating).
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    if (!finding.value().isEdited())
        return {};
    return writeFinding(
        db, month,
        [&](WriteScope& w, const QList<FieldChange>& changes) {
            return FindingStore::clearStatementEdit(w, month, changes);
        },
        [&](const MonthFinding& before) {
            return QList<FieldChange> {
                { QStringLiteral("statement"), before.statement, QString() },
                { QStringLiteral("statement_rating"), before.statementRating, QString() },
                { QStringLiteral("redrafted"), {}, true }
            };
        });
}

namespace {

QString names(const QList<MetricEvaluation>& metrics)
{
    QStringList list;
    for (const MetricEvaluation& m : metrics)
        list << Findings::tr("%1 (category %2)").arg(m.metric, m.category);
    return list.join(QStringLiteral("; "));
}

} // namespace

QString Findings::composeStatement(const Database& db, const MonthEvaluation& e,
                                   const QHash<qint64, MissNarrative>& narratives,
                                   const QString& rating)
{
    const QString label
        = rating.isEmpty() ? ratingLabel(db, proposedRating(e, narratives)) : rating;
    const QString month = SleMonth::display(e.month);
    QList<MetricEvaluation> explained;
    QList<MetricEvaluation> unexplained;
    for (const MetricEvaluation& m : e.misses())
        (narratives.value(m.serviceLevelId).explained ? explained : unexplained).append(m);
    QList<MetricEvaluation> withoutFigures;
    for (const MetricEvaluation& m : e.metrics) {
        if (m.status == MetricStatus::NoData)
            withoutFigures.append(m);
    }

    QStringList sentences;
    if (e.thresholdsMet() == e.defined() && e.defined() > 0) {
        sentences << tr("%1: PTI's performance over %2 was 100%. PTI met all %3 of the currently "
                        "defined thresholds.")
                         .arg(label, month)
                         .arg(e.defined());
    } else {
        sentences << tr("%1: PTI's performance over %2 was %3. PTI met %4 of the currently "
                        "defined %5 thresholds.")
                         .arg(label, month, SleText::percent(e.overallPercent()))
                         .arg(e.thresholdsMet())
                         .arg(e.defined());
    }
    // Only the Satisfactory wording says the misses were explained; a lower rating (the
    // committee's call, even with explanations on file) names them and says what was not.
    if (label == ratingLabel(db, Rating::Satisfactory) && unexplained.isEmpty()) {
        if (explained.size() == 1)
            sentences << tr("The missed threshold, %1, was satisfactorily explained and does not "
                            "indicate a performance issue.")
                             .arg(names(explained));
        else if (explained.size() > 1)
            sentences << tr("The missed thresholds, %1, were satisfactorily explained and do not "
                            "indicate a performance issue.")
                             .arg(names(explained));
    } else if (!explained.isEmpty()) {
        sentences << tr("Missed: %1.").arg(names(e.misses()));
        if (!unexplained.isEmpty())
            sentences << tr("Not satisfactorily explained: %1.").arg(names(unexplained));
    } else if (!unexplained.isEmpty()) {
        sentences << tr("Missed and not satisfactorily explained: %1.").arg(names(unexplained));
    }
    if (!withoutFigures.isEmpty())
        sentences << tr("No figures were received for: %1.").arg(names(withoutFigures));
    return sentences.join(QLatin1Char(' '));
}

Result<QString> Findings::statementOrDraft(const Database& db, QDate month)
{
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    if (finding.value().isEdited())
        return finding.value().statement;
    auto evaluation = Evaluation::month(db, month);
    if (!evaluation)
        return evaluation.error();
    return composeStatement(db, evaluation.value(), finding.value().narratives,
                            finding.value().decidedRating);
}

Status Findings::agreement(const Database& db, QDate month)
{
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    const MonthFinding& f = finding.value();
    if (!f.isEdited())
        return {};
    auto evaluation = Evaluation::month(db, month);
    if (!evaluation)
        return evaluation.error();
    const QString rating = effectiveRating(db, evaluation.value(), f);
    auto disagrees = editDisagreesWith(db, month, rating);
    if (!disagrees)
        return disagrees.error();
    if (disagrees.value())
        return Error {
            tr("The findings statement of %1 was edited by hand for the rating “%2”, but the "
               "month's rating is “%3”: redraft the statement (Draft from figures) before the "
               "report can be exported.")
                .arg(SleMonth::display(month),
                     f.statementRating.isEmpty() ? tr("unknown") : f.statementRating, rating),
            {}
        };
    if (!f.statementRating.isEmpty() && f.statementMisses != missKey(evaluation.value()))
        return Error { tr("The findings statement of %1 was edited by hand for other missed "
                          "thresholds than the month now has: redraft the statement before the "
                          "report can be exported.")
                           .arg(SleMonth::display(month)),
                       {} };
    return {};
}

Result<QHash<qint64, MissNarrative>> Findings::draftNarratives(const Database& db, QDate month)
{
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    auto evaluation = Evaluation::month(db, month);
    if (!evaluation)
        return evaluation.error();
    auto previous = load(db, month.addMonths(-1));
    if (!previous)
        return previous.error();
    QHash<qint64, MissNarrative> narratives = finding.value().narratives;
    for (const MetricEvaluation& m : evaluation.value().misses()) {
        if (narratives.contains(m.serviceLevelId)
            || !previous.value().narratives.contains(m.serviceLevelId))
            continue;
        // Last month's words are a starting point; whether they explain this month's miss is
        // this month's decision, so the flag never carries over.
        narratives.insert(m.serviceLevelId,
                          { previous.value().narratives.value(m.serviceLevelId).text, false });
    }
    return narratives;
}

} // namespace csc
