// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRoster.h"
#include "core/domain/AuditedWrite.h"
#include "core/performance/Evaluation.h"
#include "core/performance/Findings.h"
#include "core/performance/ImportStore.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace csc {

namespace {

struct Row
{
    const char* category;
    const char* metric;
    double threshold;
    DurationUnit unit;
    ThresholdType type;
    double target;
};

constexpr auto S = DurationUnit::Seconds;
constexpr auto M = DurationUnit::Minutes;
constexpr auto H = DurationUnit::Hours;
constexpr auto D = DurationUnit::Days;
constexpr auto Max = ThresholdType::Max;
constexpr auto Min = ThresholdType::Min;

// Category I follows the IFO's published rows (domain.md §6); the rest are plausible.
const Row kRows[] = {
    { "I", "Ticket confirmation after an automated submission", 60, S, Max, 95 },
    { "I", "Lodging an emailed request", 3, D, Max, 95 },
    { "I", "Technical check results", 50, M, Max, 95 },
    { "I", "Re-test after failed technical checks", 10, M, Max, 95 },
    { "I", "Authorisation contacts asked to approve", 60, S, Max, 95 },
    { "I", "Other validations and reviews", 5, D, Max, 90 },
    { "I", "Supplemental technical checks", 10, M, Max, 95 },
    { "I", "Root zone publication after review", 72, H, Max, 99 },
    { "I", "Completion notice to requester", 60, S, Max, 95 },
    { "I", "Contact approval window kept open", 3, D, Min, 99 },
    { "I", "Root zone management system availability check", 5, M, Max, 99 },
    { "I", "Change notification to root zone maintainer", 60, M, Max, 95 },
    { "II", "Ticket confirmation after an automated submission", 60, S, Max, 95 },
    { "II", "Lodging an emailed request", 3, D, Max, 95 },
    { "II", "Authorisation contacts asked to approve", 60, S, Max, 95 },
    { "II", "Contact confirmation received to validation", 5, D, Max, 90 },
    { "II", "Other validations and reviews", 5, D, Max, 90 },
    { "II", "Database update after review", 60, M, Max, 95 },
    { "II", "Completion notice to requester", 60, S, Max, 95 },
    { "II", "Public WHOIS record update", 60, M, Max, 95 },
    { "II", "Contact approval window kept open", 3, D, Min, 99 },
    { "II", "Reminder to unresponsive contacts", 5, D, Max, 95 },
    { "III", "Ticket confirmation after submission", 60, S, Max, 95 },
    { "III", "Documentation review of a new gTLD delegation", 10, D, Max, 90 },
    { "III", "Technical check results", 50, M, Max, 95 },
    { "III", "Re-test after failed technical checks", 10, M, Max, 95 },
    { "III", "Contractual compliance confirmation", 5, D, Max, 90 },
    { "III", "Authorisation contacts asked to approve", 60, S, Max, 95 },
    { "III", "Root zone publication after review", 72, H, Max, 99 },
    { "III", "Completion notice to requester", 60, S, Max, 95 },
    { "III", "Transfer documentation review", 10, D, Max, 90 },
    { "III", "Public delegation record published", 7, D, Max, 95 },
    { "III", "Board notification before publication", 2, D, Min, 95 },
    { "III", "Supplemental technical checks", 10, M, Max, 95 },
    { "IV", "Ticket confirmation after submission", 60, S, Max, 95 },
    { "IV", "Documentation review of a ccTLD delegation", 15, D, Max, 90 },
    { "IV", "Technical check results", 50, M, Max, 95 },
    { "IV", "Re-test after failed technical checks", 10, M, Max, 95 },
    { "IV", "Local internet community review", 30, D, Max, 90 },
    { "IV", "Authorisation contacts asked to approve", 60, S, Max, 95 },
    { "IV", "Delegation report drafted", 20, D, Max, 90 },
    { "IV", "Root zone publication after review", 72, H, Max, 99 },
    { "IV", "Completion notice to requester", 60, S, Max, 95 },
    { "IV", "Transfer documentation review", 15, D, Max, 90 },
    { "IV", "Public delegation report published", 7, D, Max, 95 },
    { "IV", "Supplemental technical checks", 10, M, Max, 95 },
    { "V", "Request received by post lodged", 5, D, Max, 90 },
    { "V", "Special handling request acknowledged", 1, D, Max, 95 },
    { "V", "Legal encumbrance review", 10, D, Max, 90 },
    { "V", "TLD removal notice period", 30, D, Min, 100 },
    { "V", "TLD removal published", 72, H, Max, 99 },
    { "V", "Root key change coordination", 30, D, Max, 90 },
    { "V", "Root server change published", 72, H, Max, 99 },
    { "V", "Root hints file updated", 5, D, Max, 95 },
    { "V", "Emergency change acknowledged", 15, M, Max, 99 },
    { "V", "Emergency change published", 24, H, Max, 99 },
    { "V", "Contact update for .arpa", 5, D, Max, 95 },
    { "V", "Trust anchor publication", 1, D, Max, 99 },
    { "V", "Other change request completed", 15, D, Max, 90 },
};

const char* const kExplanations[] = {
    "Two requests waited on a third-party registry system outage; the IFO explained the delay and "
    "it is not a performance issue.",
    "A single request in a month of low volume was delayed by a holiday weekend; satisfactorily "
    "explained.",
    "The IFO reported a scheduled maintenance window of the root zone management system; "
    "satisfactorily explained.",
    "One request needed additional legal review at the requester's own request; satisfactorily "
    "explained.",
};

int volumeFor(const QString& category, DemoContext& c)
{
    if (category == QLatin1String("I"))
        return c.bounded(60, 320);
    if (category == QLatin1String("II"))
        return c.bounded(30, 180);
    if (category == QLatin1String("III"))
        return c.chance(0.3) ? 0 : c.bounded(1, 9);
    if (category == QLatin1String("IV"))
        return c.chance(0.4) ? 0 : c.bounded(1, 6);
    return c.chance(0.5) ? 0 : c.bounded(1, 4);
}

// How many may fail while the month still meets the target.
int allowedFailures(int requests, double target)
{
    return int(requests * (100.0 - target) / 100.0 + 1e-9);
}

} // namespace

Status DemoPerformance::populate(DemoContext& context)
{
    Database& db = context.db;
    QList<qint64> ids;
    for (const Row& r : kRows) {
        ServiceLevelVersion v;
        v.effectiveFrom = context.firstMonth;
        v.threshold = r.threshold;
        v.unit = r.unit;
        v.type = r.type;
        v.targetPercent = r.target;
        auto id = ServiceLevelCatalogue::create(db, QLatin1String(r.category),
                                                QString::fromUtf8(r.metric), v);
        if (!id)
            return id.error();
        ids << id.value();
    }

    const QDate lastMonth = SleMonth::of(context.asOf).addMonths(-1);
    const int months = int((lastMonth.year() - context.firstMonth.year()) * 12 + lastMonth.month()
                           - context.firstMonth.month() + 1);
    // One amendment in the middle of the history: three thresholds tightened.
    const QDate amendFrom = context.firstMonth.addMonths(qMax(1, months / 2));
    ChangeRequest request;
    request.title
        = QStringLiteral("Amendment to category I thresholds after the IFO's process automation");
    request.requestedBy = QStringLiteral("ifo");
    request.requestedOn = amendFrom.addMonths(-4);
    request.consultation = QStringLiteral(
        "Public comment period of 40 days; no objections from registry operators.");
    request.decision = QStringLiteral("Approved by the committee and the IFO.");
    request.decidedOn = amendFrom.addMonths(-1).addDays(9);
    request.effectiveFrom = amendFrom;
    auto base = [&](int index) {
        const Row& r = kRows[index];
        ServiceLevelVersion v;
        v.threshold = r.threshold;
        v.unit = r.unit;
        v.type = r.type;
        v.targetPercent = r.target;
        return v;
    };
    ServiceLevelVersion lodging = base(1);
    lodging.threshold = 2;
    ServiceLevelVersion checks = base(2);
    checks.threshold = 45;
    ServiceLevelVersion publication = base(7);
    publication.threshold = 48;
    if (auto a = ServiceLevelCatalogue::amend(
            db, request, { { ids[1], lodging }, { ids[2], checks }, { ids[7], publication } });
        !a)
        return a.error();
    // The committee's record shows an amendment or two a year: one more for each further year,
    // tightening one category II threshold after the year's review with the IFO.
    for (int year = 1; year < context.years; ++year) {
        const QDate from = amendFrom.addMonths(12 * year - 6 * (year % 2));
        if (from > lastMonth || from <= amendFrom)
            continue;
        const int index = 15 + (year - 1) % 4; // II: validations, reviews, database update
        ServiceLevelVersion tightened = base(index);
        tightened.threshold = qMax(1.0, std::floor(tightened.threshold * 0.8));
        ChangeRequest yearly;
        yearly.title = QStringLiteral("Amendment to “%1” (category II) after the annual review")
                           .arg(QString::fromUtf8(kRows[index].metric));
        yearly.requestedBy = QStringLiteral("committee");
        yearly.requestedOn = from.addMonths(-3);
        yearly.consultation = QStringLiteral("Public comment period of 30 days; comments from two "
                                             "registry operators, both in favour.");
        yearly.decision = QStringLiteral("Agreed with the IFO at the monthly meeting.");
        yearly.decidedOn = from.addMonths(-1).addDays(5);
        yearly.effectiveFrom = from;
        if (auto a = ServiceLevelCatalogue::amend(db, yearly, { { ids[index], tightened } }); !a)
            return a.error();
    }

    // Monthly figures: mostly met, a few explained misses, and one metric
    // ("Other validations and reviews", category I) missed persistently lately.
    const int persistentIndex = 5;
    const qsizetype rowCount = qsizetype(std::size(kRows));
    QHash<QDate, QList<int>> explainedMisses;
    // One write for every month's import, as the importer's store writes it; the generator
    // has decided who may (the demo's secretariat).
    const Status imported = auditedWrite(db, std::nullopt, [&](WriteScope& w) -> Status {
        for (int i = 0; i < months; ++i) {
            const QDate month = context.firstMonth.addMonths(i);
            const QString key = SleMonth::key(month);
            auto importId = ImportStore::insertImport(
                w,
                { QStringLiteral("ifo-performance-%1.csv").arg(key), QStringLiteral("demo"),
                  rowCount, key,
                  QDateTime(month.addMonths(1).addDays(6), QTime(9, 0), Qt::UTC)
                      .toString(Qt::ISODate),
                  QStringLiteral("Secretariat") });
            if (!importId)
                return importId.error();
            const int fromEnd = months - i; // 1 = the month before asOf
            const bool persistentMiss
                = fromEnd <= 6 && (fromEnd == 1 || fromEnd == 2 || fromEnd == 4 || fromEnd == 5);
            const int explainedMiss
                = context.chance(0.18) ? context.bounded(0, int(rowCount) - 1) : -1;
            QList<DatedFigure> figures;
            for (int r = 0; r < rowCount; ++r) {
                int requests = volumeFor(QLatin1String(kRows[r].category), context);
                int failures = context.bounded(0, allowedFailures(requests, kRows[r].target));
                const bool miss = (r == persistentIndex && persistentMiss)
                    || (r == explainedMiss && r != persistentIndex);
                if (miss) {
                    requests = qMax(requests, 4);
                    failures = allowedFailures(requests, kRows[r].target)
                        + context.bounded(1, qMax(1, requests / 10));
                    failures = qMin(failures, requests);
                    if (r != persistentIndex)
                        explainedMisses[month].append(r);
                }
                figures.append({ month, { ids[r], requests, requests - failures } });
            }
            if (auto s = ImportStore::insertFigures(w, figures, importId.value()); !s)
                return s;
        }
        return w.audit(QStringLiteral("sle_import"), QStringLiteral("demo"),
                       QStringLiteral("import"),
                       { { QStringLiteral("months"), {}, months },
                         { QStringLiteral("metrics"), {}, rowCount } });
    });
    if (!imported)
        return imported;

    // The committee's findings for every month but the last, which is still a draft.
    auto evaluations = Evaluation::range(db, context.firstMonth, lastMonth);
    if (!evaluations)
        return evaluations.error();
    for (const MonthEvaluation& e : evaluations.value()) {
        if (e.month == lastMonth)
            break;
        QHash<qint64, MissNarrative> narratives;
        for (const MetricEvaluation& m : e.misses()) {
            MissNarrative n;
            if (m.serviceLevelId == ids[persistentIndex]) {
                n.text = QStringLiteral("Validation of requests needing third-party confirmation "
                                        "took longer than the threshold; "
                                        "the IFO is reviewing its staffing of this step.");
                n.explained = !m.persistent;
            } else {
                n.text = QString::fromUtf8(
                    kExplanations[context.bounded(0, int(std::size(kExplanations)) - 1)]);
                n.explained = true;
            }
            narratives.insert(m.serviceLevelId, n);
            if (auto s = Findings::setNarrative(db, e.month, m.serviceLevelId, n); !s)
                return s;
        }
        // The statement stays the agreed wording generated from the record. The chair records
        // the rating at the monthly meeting, around the middle of the next month.
        const QString rating = Findings::ratingLabel(db, Findings::proposedRating(e, narratives));
        const UserSession drafter = db.session();
        db.setSession({ QStringLiteral("Amaka Okonkwo"), Role::Chair, 0 });
        const Status decided = Findings::setDecidedRating(
            db, e.month, rating, e.month.addMonths(1).addDays(context.bounded(10, 20)));
        db.setSession(drafter);
        if (!decided)
            return decided;
    }
    return {};
}

} // namespace csc
