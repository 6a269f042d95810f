// SPDX-License-Identifier: GPL-3.0-or-later
#include "Findings.h"

#include "domain/Permissions.h"
#include "settings/CommitteeSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace csc {

namespace {

const QString kEntity = QStringLiteral("sle_finding");

// The text columns are NOT NULL, and a null QString binds as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Status ensureRow(Database& db, const QString& key)
{
    return execute(db, QStringLiteral("INSERT OR IGNORE INTO sle_finding (month) VALUES (?)"),
                   { key });
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

Result<MonthFinding> Findings::load(const Database& db, QDate month)
{
    MonthFinding f;
    f.month = month;
    const QString key = SleMonth::key(month);
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT decided_rating, statement, decided_on FROM sle_finding WHERE month = ?"));
    q.bind(key);
    if (auto s = q.exec(); !s)
        return s.error();
    if (q.next()) {
        f.decidedRating = q.value(0).toString();
        f.statement = q.value(1).toString();
        f.decidedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    }
    SqlQuery n(
        db,
        QStringLiteral(
            "SELECT service_level_id, narrative, explained FROM sle_narrative WHERE month = ?"));
    n.bind(key);
    if (auto s = n.exec(); !s)
        return s.error();
    while (n.next())
        f.narratives.insert(n.value(0).toLongLong(),
                            { n.value(1).toString(), n.value(2).toBool() });
    return f;
}

Status
Findings::updateFinding(Database& db, QDate month, const QString& assignments, QVariantList values,
                        const std::function<QList<FieldChange>(const MonthFinding&)>& changes)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString key = SleMonth::key(month);
    auto before = load(db, month);
    if (!before)
        return before.error();
    if (auto s = ensureRow(db, key); !s)
        return s;
    values << key;
    if (auto s = execute(db,
                         QLatin1String("UPDATE sle_finding SET ") + assignments
                             + QLatin1String(" WHERE month = ?"),
                         values);
        !s)
        return s;
    if (auto a
        = AuditLog::record(db, kEntity, key, QStringLiteral("update"), changes(before.value()));
        !a)
        return a.error();
    return tx.commit();
}

Status Findings::setDecidedRating(Database& db, QDate month, const QString& rating, QDate decidedOn)
{
    const QVariant on = decidedOn.isValid() ? QVariant(decidedOn.toString(Qt::ISODate))
                                            : QVariant(QMetaType(QMetaType::QString));
    return updateFinding(
        db, month, QStringLiteral("decided_rating = ?, decided_on = ?"), { text(rating), on },
        [&](const MonthFinding& before) {
            return QList<FieldChange> {
                { QStringLiteral("decided_rating"), before.decidedRating, rating },
                { QStringLiteral("decided_on"), before.decidedOn.toString(Qt::ISODate), on }
            };
        });
}

Status Findings::setNarrative(Database& db, QDate month, qint64 serviceLevelId,
                              const MissNarrative& narrative)
{
    if (auto p = Permissions::check(db.session(), Permission::EditMinutes); !p)
        return p;
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString key = SleMonth::key(month);
    auto before = load(db, month);
    if (!before)
        return before.error();
    const MissNarrative old = before.value().narratives.value(serviceLevelId);
    if (auto s
        = execute(db,
                  QStringLiteral("INSERT INTO sle_narrative (month, service_level_id, narrative, "
                                 "explained) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (month, service_level_id) DO UPDATE SET narrative = "
                                 "excluded.narrative, explained = excluded.explained"),
                  { key, serviceLevelId, text(narrative.text), narrative.explained ? 1 : 0 });
        !s)
        return s;
    if (auto a = AuditLog::record(
            db, QStringLiteral("sle_narrative"),
            key + QLatin1Char('/') + QString::number(serviceLevelId), QStringLiteral("update"),
            { { QStringLiteral("narrative"), old.text, narrative.text },
              { QStringLiteral("explained"), old.explained, narrative.explained } });
        !a)
        return a.error();
    return tx.commit();
}

Status Findings::setStatement(Database& db, QDate month, const QString& statement)
{
    return updateFinding(db, month, QStringLiteral("statement = ?"), { text(statement) },
                         [&](const MonthFinding& before) {
                             return QList<FieldChange> { { QStringLiteral("statement"),
                                                           before.statement, statement } };
                         });
}

QString Findings::composeStatement(const Database& db, const MonthEvaluation& e,
                                   const QHash<qint64, MissNarrative>& narratives,
                                   const QString& rating)
{
    const QString label
        = rating.isEmpty() ? ratingLabel(db, proposedRating(e, narratives)) : rating;
    const QList<MetricEvaluation> misses = e.misses();
    QStringList paragraphs;
    if (misses.isEmpty() && label == ratingLabel(db, Rating::Excellent)) {
        paragraphs << tr("%1 — performance was 100%, all %2 defined thresholds met.")
                          .arg(label)
                          .arg(e.defined());
    } else if (label == ratingLabel(db, Rating::Satisfactory)) {
        QStringList names;
        for (const MetricEvaluation& m : misses)
            names << tr("%1 (category %2)").arg(m.metric, m.category);
        paragraphs << tr("%1 — performance was %2, %3 of %4 thresholds met, and the missed "
                         "thresholds (%5) were satisfactorily explained "
                         "and do not indicate a performance issue.")
                          .arg(label, SleText::percent(e.overallPercent()))
                          .arg(e.thresholdsMet())
                          .arg(e.defined())
                          .arg(names.join(QStringLiteral("; ")));
    } else {
        paragraphs << tr("%1 — performance was %2, %3 of %4 thresholds met.")
                          .arg(label, SleText::percent(e.overallPercent()))
                          .arg(e.thresholdsMet())
                          .arg(e.defined());
    }
    for (const MetricEvaluation& m : misses) {
        const QString narrative = narratives.value(m.serviceLevelId).text.trimmed();
        paragraphs << tr("%1 (category %2): %3 against a target of %4. %5")
                          .arg(m.metric, m.category, SleText::percent(m.compliancePercent),
                               SleText::percent(m.version.targetPercent, 0),
                               narrative.isEmpty() ? tr("No explanation recorded yet.") : narrative)
                          .trimmed();
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

Result<QString> Findings::statementOrDraft(const Database& db, QDate month)
{
    auto finding = load(db, month);
    if (!finding)
        return finding.error();
    if (!finding.value().statement.isEmpty())
        return finding.value().statement;
    auto evaluation = Evaluation::month(db, month);
    if (!evaluation)
        return evaluation.error();
    // Narratives carry over from the previous month for metrics missed again:
    // the draft starts from last month's wording, as the committee prepares it.
    QHash<qint64, MissNarrative> narratives = finding.value().narratives;
    auto previous = load(db, month.addMonths(-1));
    if (!previous)
        return previous.error();
    for (const MetricEvaluation& m : evaluation.value().misses()) {
        if (!narratives.contains(m.serviceLevelId)
            && previous.value().narratives.contains(m.serviceLevelId))
            narratives.insert(m.serviceLevelId,
                              previous.value().narratives.value(m.serviceLevelId));
    }
    return composeStatement(db, evaluation.value(), narratives, finding.value().decidedRating);
}

} // namespace csc
