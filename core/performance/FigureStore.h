// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Findings.h"
#include "ServiceLevel.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace csc {

class Database;
class WriteScope;
class BulkLoad;

// A metric's figures for one month as the IFO reports them.
struct MonthFigure
{
    qint64 serviceLevelId = 0;
    qint64 requests = 0; // handled in the month
    qint64 met = 0; // of those, meeting the threshold
    bool operator==(const MonthFigure&) const = default;
};

// A figure with its month (reads over a range, writes of an import).
struct DatedFigure
{
    QDate month;
    MonthFigure figure;
};

// One import file as sle_import records it.
struct ImportRecord
{
    QString fileName;
    QString shape; // "per-request" | "per-month" | "demo"
    qint64 rows = 0;
    QString months; // "YYYY-MM YYYY-MM …"
    QString importedUtc; // ISO
    QString importedBy;
};

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

// The requests of a per-request import, written row by row through the dialect's bulk
// load (a million rows come through here). Texts must stay valid until add().
class RequestLoader
{
public:
    explicit RequestLoader(std::unique_ptr<BulkLoad> load);
    ~RequestLoader();
    Q_DISABLE_COPY_MOVE(RequestLoader)

    enum class Outcome { Added, Refused, StorageFailed };
    // Refused: the row (error().detail says why); StorageFailed: the database cannot write.
    Outcome add(QByteArrayView requestRef, QByteArrayView tld, qint64 serviceLevelId,
                QByteArrayView monthKey, QByteArrayView startedUtc, QByteArrayView endedUtc,
                double durationSeconds, bool meets);
    const Error& error() const;

private:
    std::unique_ptr<BulkLoad> m_load;
};

// All SQL of core/performance: the catalogue (service levels, versions, change requests),
// the monthly figures and their imports, the findings (ratings, narratives, reopenings) and
// the escalation report's read. Rules above it take and return values. Writes that take a
// WriteScope run inside the caller's one audited write and record their own audit entries.
class FigureStore
{
    Q_DECLARE_TR_FUNCTIONS(FigureStore)

public:
    static Result<QList<MonthFigure>> figures(const Database& db, QDate month);
    // Months with at least one figure, oldest first.
    static Result<QList<QDate>> months(const Database& db);

    // Manual entry: sets the given metrics' figures for the month (other metrics
    // untouched), audited per metric with old and new counts. Needs ImportFigures.
    static Status setFigures(Database& db, QDate month, const QList<MonthFigure>& figures);

    // No month of the IFO comes near this many requests; a larger count is a damaged
    // or forged file (and 2^32 once wrapped to 0 in 32 bits and read as "no requests").
    static constexpr qint64 kMaxCount = 1'000'000'000;

    // The check every write shares: counts non-negative, at most kMaxCount, met <= requests.
    static Status validate(const MonthFigure& figure);

    // Of `months`, those that already have figures (the re-import question).
    static Result<QList<QDate>> monthsWithFigures(const Database& db, const QList<QDate>& months);
    // Figures of the months from..to (month keys compare as dates).
    static Result<QList<DatedFigure>> figuresBetween(const Database& db, QDate from, QDate to);
    // "requests/met/metrics" of a month, the old value a replacing import records.
    static Result<QString> monthTotals(const Database& db, QDate month);

    // --- imports
    static Result<qint64> insertImport(WriteScope& w, const ImportRecord& record);
    static Status finishImport(WriteScope& w, qint64 importId, qint64 rows, const QString& months);
    // Removes a month's figures and the requests of other imports (a replacing import).
    static Status clearMonth(WriteScope& w, QDate month, qint64 keepImportId);
    static Status insertFigures(WriteScope& w, const QList<DatedFigure>& figures, qint64 importId);
    static Result<std::unique_ptr<RequestLoader>> requestLoader(WriteScope& w, qint64 importId);

    // --- catalogue
    static Result<QList<ServiceLevel>> serviceLevels(const Database& db);
    static Result<int> serviceLevelCount(const Database& db);
    static Result<bool> hasMetric(const Database& db, const QString& category,
                                  const QString& metric);
    static Result<int> nextPosition(const Database& db, const QString& category);
    // The newest version's month of a level; nullopt when the level has none (no such level).
    static Result<std::optional<QDate>> latestVersion(const Database& db, qint64 levelId);
    static Result<QString> metricOf(const Database& db, qint64 levelId);
    static Result<QDate> retiredFrom(const Database& db, qint64 levelId);
    static Result<QList<ChangeRequest>> changeRequests(const Database& db);
    static Result<qint64> insertServiceLevel(WriteScope& w, const QString& category,
                                             const QString& metric, int position);
    static Result<qint64> insertVersion(WriteScope& w, qint64 levelId,
                                        const ServiceLevelVersion& version, qint64 requestId);
    static Result<qint64> insertChangeRequest(WriteScope& w, const ChangeRequest& request);
    static Status renameServiceLevel(WriteScope& w, qint64 levelId, const QString& oldMetric,
                                     const QString& metric);
    static Status setRetiredFrom(WriteScope& w, qint64 levelId, QDate old, QDate month);

    // --- findings
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
    // The chair's reopening of a rated month, as a record of its own.
    static Result<qint64> insertReopening(WriteScope& w, const MonthFinding& finding,
                                          const QString& reason);

    // --- escalation report
    // Non-exercise escalations opened by `asOf`, by reference.
    static Result<QList<EscalationRow>> escalations(const Database& db, QDate asOf);
};

} // namespace csc
