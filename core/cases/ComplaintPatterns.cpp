// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintPatterns.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseStore.h"
#include "core/settings/CommitteeSettings.h"

#include <QHash>

namespace csc {

Result<QList<ComplaintPattern>> ComplaintPatterns::suggestions(const Database& db, QDate asOf)
{
    const int threshold
        = CommitteeSettings::intValue(db, CommitteeSettings::Key::ComplaintPatternCount);
    const int windowDays
        = CommitteeSettings::intValue(db, CommitteeSettings::Key::ComplaintPatternWindowDays);
    const QDate start = asOf.addDays(-(windowDays - 1));
    auto candidates = CaseStore::patternCandidates(db, start, asOf);
    if (!candidates)
        return candidates.error();
    QList<ComplaintPattern> all;
    for (const PatternCaseRow& row : candidates.value()) {
        if (all.isEmpty() || all.last().serviceLevelId != row.serviceLevelId)
            all << ComplaintPattern {
                row.serviceLevelId, row.serviceLevelLabel, start, asOf, {}, {}
            };
        all.last().caseIds << row.caseId;
        all.last().references << row.reference;
    }
    QList<ComplaintPattern> result;
    for (const ComplaintPattern& p : all) {
        if (p.caseIds.size() >= threshold)
            result << p;
    }
    return result;
}

namespace {

Result<QList<PatternSeries>> series(const Database& db, CaseStore::PatternKey key, QDate firstMonth,
                                    int months, QString (*label)(const Database&, const QString&))
{
    const QDate from(firstMonth.year(), firstMonth.month(), 1);
    const QDate to = from.addMonths(months);
    auto counts = CaseStore::patternCounts(db, key, from, to);
    if (!counts)
        return counts.error();
    QList<PatternSeries> result;
    QHash<QString, int> index;
    for (const PatternCountRow& row : counts.value()) {
        if (!index.contains(row.key)) {
            index.insert(row.key, int(result.size()));
            result << PatternSeries { row.key, label(db, row.key), QList<int>(months, 0), 0 };
        }
        const int i = (row.month.year() - from.year()) * 12 + row.month.month() - from.month();
        if (i >= 0 && i < months) {
            result[index.value(row.key)].perMonth[i] += row.count;
            result[index.value(row.key)].total += row.count;
        }
    }
    return result;
}

QString serviceLevelLabel(const Database& db, const QString& key)
{
    if (key.isEmpty())
        return ComplaintPatterns::tr("No service level");
    return CaseStore::serviceLevelLabel(db, key.toLongLong()).valueOr(key);
}

QString categoryLabel(const Database&, const QString& key)
{
    return CaseCategories::displayName(key);
}

} // namespace

Result<QList<PatternSeries>> ComplaintPatterns::byServiceLevel(const Database& db, QDate firstMonth,
                                                               int months)
{
    return series(db, CaseStore::PatternKey::ServiceLevel, firstMonth, months, &serviceLevelLabel);
}

Result<QList<PatternSeries>> ComplaintPatterns::byCategory(const Database& db, QDate firstMonth,
                                                           int months)
{
    return series(db, CaseStore::PatternKey::Category, firstMonth, months, &categoryLabel);
}

Result<qint64> ComplaintPatterns::openProblemCase(Database& db, const ComplaintPattern& pattern,
                                                  QDate openedOn)
{
    NewCase c;
    c.process = CaseProcess::ProblemManagement;
    c.title = tr("Rising complaints: %1").arg(pattern.serviceLevelLabel);
    c.description = tr("%n complaint(s) about this service level between %1 and %2: %3.", nullptr,
                       int(pattern.caseIds.size()))
                        .arg(pattern.windowStart.toString(Qt::ISODate),
                             pattern.windowEnd.toString(Qt::ISODate),
                             pattern.references.join(QLatin1String(", ")));
    c.category = QStringLiteral("other");
    c.serviceLevelId = pattern.serviceLevelId;
    c.openedOn = openedOn;
    c.linkedFrom = pattern.caseIds;
    return CaseRepository::create(db, c);
}

} // namespace csc
