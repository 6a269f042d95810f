// SPDX-License-Identifier: GPL-3.0-or-later
#include "Evaluation.h"

#include "ImportStore.h"
#include "ServiceLevelCatalogue.h"
#include "core/settings/CommitteeSettings.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace csc {

int MonthEvaluation::thresholdsMet() const
{
    return int(std::count_if(metrics.cbegin(), metrics.cend(),
                             [](const MetricEvaluation& m) { return m.counted(); }));
}

int MonthEvaluation::withoutData() const
{
    return int(std::count_if(metrics.cbegin(), metrics.cend(), [](const MetricEvaluation& m) {
        return m.status == MetricStatus::NoData;
    }));
}

QList<MetricEvaluation> MonthEvaluation::misses() const
{
    QList<MetricEvaluation> list;
    for (const MetricEvaluation& m : metrics) {
        if (m.status == MetricStatus::Missed)
            list.append(m);
    }
    return list;
}

double MonthEvaluation::overallPercent() const
{
    return metrics.isEmpty() ? 0.0 : 100.0 * thresholdsMet() / defined();
}

QString MonthEvaluation::summarySentence() const
{
    QString text = tr("PTI met %1 of the %2 defined thresholds (%3).")
                       .arg(thresholdsMet())
                       .arg(defined())
                       .arg(SleText::percent(overallPercent()));
    if (withoutData() > 0)
        text += QLatin1Char(' ')
            + tr("%n threshold(s) have no figures yet.", nullptr, withoutData());
    return text;
}

MetricStatus Evaluation::judge(const ServiceLevelVersion& version, qint64 requests, qint64 met,
                               double* compliancePercent)
{
    if (requests <= 0) {
        if (compliancePercent)
            *compliancePercent = 0;
        return MetricStatus::NoRequests;
    }
    // Integer comparison met*100 >= target*requests avoids 94.99999 surprises at the boundary.
    const double compliance = 100.0 * double(met) / double(requests);
    if (compliancePercent)
        *compliancePercent = compliance;
    const double lhs = double(met) * 100.0;
    const double rhs = version.targetPercent * double(requests);
    return lhs + 1e-9 * rhs >= rhs ? MetricStatus::Met : MetricStatus::Missed;
}

Result<MonthEvaluation> Evaluation::month(const Database& db, QDate month)
{
    // Judge the window ending at the month so the persistent flags are right.
    const int window = qMax(
        1, CommitteeSettings::intValue(db, CommitteeSettings::Key::PersistentMissWindowMonths));
    auto months = range(db, month.addMonths(-(window - 1)), month);
    if (!months)
        return months.error();
    return months.value().constLast();
}

Result<QList<MonthEvaluation>> Evaluation::range(const Database& db, QDate from, QDate to)
{
    from = SleMonth::of(from);
    to = SleMonth::of(to);
    if (to < from)
        return QList<MonthEvaluation> {};
    auto catalogue = ServiceLevelCatalogue::all(db);
    if (!catalogue)
        return catalogue.error();

    struct Counts
    {
        qint64 requests;
        qint64 met;
    };
    QHash<QString, QHash<qint64, Counts>> figures; // month key -> level -> counts
    auto stored = ImportStore::figuresBetween(db, from, to);
    if (!stored)
        return stored.error();
    for (const DatedFigure& f : stored.value())
        figures[SleMonth::key(f.month)].insert(f.figure.serviceLevelId,
                                               { f.figure.requests, f.figure.met });

    QList<MonthEvaluation> result;
    for (QDate m = from; m <= to; m = m.addMonths(1)) {
        MonthEvaluation e;
        e.month = m;
        const auto monthFigures = figures.value(SleMonth::key(m));
        for (const ServiceLevel& level : catalogue.value()) {
            const ServiceLevelVersion* version = level.versionFor(m);
            if (!version)
                continue;
            MetricEvaluation me;
            me.serviceLevelId = level.id;
            me.category = level.category;
            me.metric = level.metric;
            me.version = *version;
            const auto it = monthFigures.constFind(level.id);
            if (it != monthFigures.constEnd()) {
                me.requests = it->requests;
                me.met = it->met;
                me.status = judge(*version, it->requests, it->met, &me.compliancePercent);
            }
            e.metrics.append(me);
        }
        result.append(e);
    }
    flagPersistent(
        result, CommitteeSettings::intValue(db, CommitteeSettings::Key::PersistentMissCount),
        CommitteeSettings::intValue(db, CommitteeSettings::Key::PersistentMissWindowMonths));
    return result;
}

void Evaluation::flagPersistent(QList<MonthEvaluation>& months, int count, int window)
{
    if (count <= 0 || window <= 0)
        return;
    // Flagged whether or not the metric is missed this month: k of the last n is the rule.
    QList<QSet<qint64>> missed;
    for (const MonthEvaluation& e : std::as_const(months)) {
        QSet<qint64> ids;
        for (const MetricEvaluation& me : e.metrics) {
            if (me.status == MetricStatus::Missed)
                ids.insert(me.serviceLevelId);
        }
        missed.append(ids);
    }
    for (qsizetype i = 0; i < months.size(); ++i) {
        for (MetricEvaluation& me : months[i].metrics) {
            int misses = 0;
            for (qsizetype j = qMax<qsizetype>(0, i - window + 1); j <= i; ++j)
                misses += missed.at(j).contains(me.serviceLevelId) ? 1 : 0;
            me.persistent = misses >= count;
        }
    }
}

} // namespace csc
