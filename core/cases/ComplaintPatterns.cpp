// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComplaintPatterns.h"

#include "core/cases/CaseCategories.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/settings/CommitteeSettings.h"

#include <QHash>

namespace csc {

using namespace caserows;

Result<QList<ComplaintPattern>> ComplaintPatterns::suggestions(const Database& db, QDate asOf)
{
    const int threshold
        = CommitteeSettings::intValue(db, CommitteeSettings::Key::ComplaintPatternCount);
    const int windowDays
        = CommitteeSettings::intValue(db, CommitteeSettings::Key::ComplaintPatternWindowDays);
    const QDate start = asOf.addDays(-(windowDays - 1));
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT c.service_level_id, coalesce(sl.category || ' · ' || sl.metric, ''), c.id, "
            "c.reference "
            "FROM case_record c LEFT JOIN service_level sl ON sl.id = c.service_level_id "
            "WHERE c.process IN ('complaint', 'emergency') AND c.is_exercise = 0 AND "
            "c.service_level_id IS NOT "
            "NULL "
            "AND substr(c.opened_utc, 1, 10) BETWEEN ? AND ? "
            "AND NOT EXISTS (SELECT 1 FROM case_link l JOIN case_record p ON p.id = l.from_case_id "
            "                WHERE l.to_case_id = c.id AND p.process = 'problem')")
            + visibilityClause(db)
            + QStringLiteral(" ORDER BY c.service_level_id, c.opened_utc, c.id"));
    q.bind(start.toString(Qt::ISODate)).bind(asOf.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ComplaintPattern> all;
    while (q.next()) {
        const qint64 sl = q.value(0).toLongLong();
        if (all.isEmpty() || all.last().serviceLevelId != sl)
            all << ComplaintPattern { sl, q.value(1).toString(), start, asOf, {}, {} };
        all.last().caseIds << q.value(2).toLongLong();
        all.last().references << q.value(3).toString();
    }
    QList<ComplaintPattern> result;
    for (const ComplaintPattern& p : all) {
        if (p.caseIds.size() >= threshold)
            result << p;
    }
    return result;
}

namespace {

Result<QList<PatternSeries>> series(const Database& db, const QString& keyColumn, QDate firstMonth,
                                    int months, QString (*label)(const Database&, const QString&))
{
    const QDate from(firstMonth.year(), firstMonth.month(), 1);
    const QDate to = from.addMonths(months);
    SqlQuery q(
        db,
        QStringLiteral("SELECT coalesce(") + keyColumn
            + QStringLiteral(", ''), substr(c.opened_utc, 1, 7), count(*) FROM case_record c "
                             "WHERE c.process IN ('complaint', 'emergency') AND c.is_exercise = 0 "
                             "AND c.opened_utc >= ? AND c.opened_utc < ?")
            + visibilityClause(db) + QStringLiteral(" GROUP BY 1, 2 ORDER BY 1, 2"));
    q.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<PatternSeries> result;
    QHash<QString, int> index;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (!index.contains(key)) {
            index.insert(key, int(result.size()));
            result << PatternSeries { key, label(db, key), QList<int>(months, 0), 0 };
        }
        const QDate month
            = QDate::fromString(q.value(1).toString() + QLatin1String("-01"), Qt::ISODate);
        const int i = (month.year() - from.year()) * 12 + month.month() - from.month();
        if (i >= 0 && i < months) {
            result[index.value(key)].perMonth[i] += q.value(2).toInt();
            result[index.value(key)].total += q.value(2).toInt();
        }
    }
    return result;
}

QString serviceLevelLabel(const Database& db, const QString& key)
{
    if (key.isEmpty())
        return ComplaintPatterns::tr("No service level");
    return queryScalar(
               db,
               QStringLiteral("SELECT category || ' · ' || metric FROM service_level WHERE id = ?"),
               { key.toLongLong() })
        .valueOr(key)
        .toString();
}

QString categoryLabel(const Database&, const QString& key)
{
    return CaseCategories::displayName(key);
}

} // namespace

Result<QList<PatternSeries>> ComplaintPatterns::byServiceLevel(const Database& db, QDate firstMonth,
                                                               int months)
{
    return series(db, QStringLiteral("c.service_level_id"), firstMonth, months, &serviceLevelLabel);
}

Result<QList<PatternSeries>> ComplaintPatterns::byCategory(const Database& db, QDate firstMonth,
                                                           int months)
{
    return series(db, QStringLiteral("c.category"), firstMonth, months, &categoryLabel);
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
