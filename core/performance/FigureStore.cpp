// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureStore.h"

#include "CatalogueStore.h"
#include "FindingStore.h"
#include "ImportStore.h"
#include "RatedMonths.h"
#include "ServiceLevel.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlQuery.h"

#include <QDateTime>
#include <QHash>

namespace csc {

namespace {

// The text columns are NOT NULL, and a null QString binds as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<QList<MonthFigure>> FigureStore::figures(const Database& db, QDate month)
{
    SqlQuery q(db,
               QStringLiteral("SELECT service_level_id, requests, met FROM sle_figure WHERE month "
                              "= ? ORDER BY service_level_id"));
    q.bind(SleMonth::key(month));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<MonthFigure> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() });
    return list;
}

Result<QList<QDate>> FigureStore::months(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT month FROM sle_figure ORDER BY month"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<QDate> list;
    while (q.next())
        list.append(SleMonth::parse(q.value(0).toString()));
    return list;
}

Status FigureStore::validate(const MonthFigure& f)
{
    if (f.requests < 0 || f.met < 0)
        return Error { tr("Counts cannot be negative."), {} };
    if (f.requests > kMaxCount || f.met > kMaxCount)
        return Error { tr("%1 requests in a month is beyond any believable count (at most %2).")
                           .arg(qMax(f.requests, f.met))
                           .arg(kMaxCount),
                       {} };
    if (f.met > f.requests)
        return Error { tr("More requests met the threshold (%1) than were handled (%2).")
                           .arg(f.met)
                           .arg(f.requests),
                       {} };
    return {};
}

Status FigureStore::setFigures(Database& db, QDate month, const QList<MonthFigure>& figures)
{
    if (auto p = Permissions::check(db.session(), Permission::ImportFigures); !p)
        return p;
    if (!month.isValid())
        return Error { tr("Figures need a month."), {} };
    for (const MonthFigure& f : figures) {
        if (auto s = validate(f); !s)
            return s;
    }
    if (auto s = RatedMonths::refuseFigureChange(db, { month }); !s)
        return s;
    return auditedWrite(db, Permission::ImportFigures, [&](WriteScope& w) -> Status {
        const QString key = SleMonth::key(month);
        SqlQuery old(
            db,
            QStringLiteral(
                "SELECT requests, met FROM sle_figure WHERE service_level_id = ? AND month = ?"));
        SqlQuery upsert(
            db,
            SqlDialect::of(db).upsert(
                QStringLiteral("sle_figure"),
                { QStringLiteral("service_level_id"), QStringLiteral("month"),
                  QStringLiteral("requests"), QStringLiteral("met"), QStringLiteral("import_id") },
                { QStringLiteral("service_level_id"), QStringLiteral("month") },
                { QStringLiteral("requests"), QStringLiteral("met"),
                  QStringLiteral("import_id") }));
        for (const MonthFigure& f : figures) {
            old.bind(f.serviceLevelId).bind(key);
            if (auto s = old.exec(); !s)
                return s;
            QVariant oldRequests;
            QVariant oldMet;
            if (old.next()) {
                oldRequests = old.value(0);
                oldMet = old.value(1);
            }
            old.raw().finish();
            if (oldRequests.isValid() && oldRequests.toLongLong() == f.requests
                && oldMet.toLongLong() == f.met)
                continue;
            upsert.bind(f.serviceLevelId)
                .bind(key)
                .bind(f.requests)
                .bind(f.met)
                .bind(QVariant(QMetaType(QMetaType::LongLong)));
            if (auto s = upsert.exec(); !s)
                return s;
            if (auto a = w.audit(QStringLiteral("sle_figure"),
                                 QString::number(f.serviceLevelId) + QLatin1Char('/') + key,
                                 oldRequests.isValid() ? QStringLiteral("update")
                                                       : QStringLiteral("create"),
                                 { { QStringLiteral("requests"), oldRequests, f.requests },
                                   { QStringLiteral("met"), oldMet, f.met },
                                   { QStringLiteral("source"), {}, QStringLiteral("manual") } });
                !a)
                return a;
        }
        return {};
    });
}

Result<QList<QDate>> FigureStore::monthsWithFigures(const Database& db, const QList<QDate>& months)
{
    QList<QDate> found;
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM sle_figure WHERE month = ? LIMIT 1"));
    for (const QDate& m : months) {
        q.bind(SleMonth::key(m));
        if (auto s = q.exec(); !s)
            return s.error();
        if (q.next())
            found.append(m);
        q.raw().finish();
    }
    return found;
}

Result<QList<DatedFigure>> ImportStore::figuresBetween(const Database& db, QDate from, QDate to)
{
    SqlQuery q(db,
               QStringLiteral("SELECT month, service_level_id, requests, met FROM sle_figure WHERE "
                              "month BETWEEN ? AND ?"));
    q.bind(SleMonth::key(from)).bind(SleMonth::key(to));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<DatedFigure> list;
    while (q.next())
        list.append(
            { SleMonth::parse(q.value(0).toString()),
              { q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong() } });
    return list;
}

Result<QString> ImportStore::monthTotals(const Database& db, QDate month)
{
    SqlQuery q(db,
               QStringLiteral("SELECT coalesce(sum(requests), 0), coalesce(sum(met), 0), count(*) "
                              "FROM sle_figure WHERE month = ?"));
    q.bind(SleMonth::key(month));
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return QStringLiteral("0/0/0");
    return QStringLiteral("%1/%2/%3")
        .arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong())
        .arg(q.value(2).toLongLong());
}

// --- imports

Result<qint64> ImportStore::insertImport(WriteScope& w, const ImportRecord& r)
{
    return w.insert(QStringLiteral("INSERT INTO sle_import (file_name, shape, rows, months, "
                                   "imported_utc, imported_by) VALUES (?, ?, ?, ?, ?, ?)"),
                    { text(r.fileName), text(r.shape), r.rows, text(r.months), text(r.importedUtc),
                      text(r.importedBy) });
}

Status ImportStore::finishImport(WriteScope& w, qint64 importId, qint64 rows, const QString& months)
{
    return w.exec(QStringLiteral("UPDATE sle_import SET rows = ?, months = ? WHERE id = ?"),
                  { rows, text(months), importId });
}

Status ImportStore::clearMonth(WriteScope& w, QDate month, qint64 keepImportId)
{
    const QString key = SleMonth::key(month);
    if (auto s = w.exec(QStringLiteral("DELETE FROM sle_figure WHERE month = ?"), { key }); !s)
        return s;
    return w.exec(QStringLiteral("DELETE FROM sle_request WHERE month = ? AND import_id <> ?"),
                  { key, keepImportId });
}

Status ImportStore::insertFigures(WriteScope& w, const QList<DatedFigure>& figures, qint64 importId)
{
    SqlQuery insert(w.db(),
                    QStringLiteral("INSERT INTO sle_figure (service_level_id, month, requests, "
                                   "met, import_id) VALUES (?, ?, ?, ?, ?)"));
    for (const DatedFigure& f : figures) {
        insert.bind(f.figure.serviceLevelId)
            .bind(SleMonth::key(f.month))
            .bind(f.figure.requests)
            .bind(f.figure.met)
            .bind(importId);
        if (auto s = insert.exec(); !s)
            return s;
    }
    return {};
}

namespace {

enum RequestColumn { ImportId, Ref, Tld, Level, Month, Started, Ended, Duration, Meets };

} // namespace

RequestLoader::RequestLoader(std::unique_ptr<BulkLoad> load)
    : m_load(std::move(load))
{ }

RequestLoader::~RequestLoader() = default;

RequestLoader::Outcome RequestLoader::add(QByteArrayView requestRef, QByteArrayView tld,
                                          qint64 serviceLevelId, QByteArrayView monthKey,
                                          QByteArrayView startedUtc, QByteArrayView endedUtc,
                                          double durationSeconds, bool meets)
{
    m_load->setText(Ref, requestRef);
    m_load->setText(Tld, tld);
    m_load->setInt(Level, serviceLevelId);
    m_load->setText(Month, monthKey);
    if (startedUtc.isEmpty())
        m_load->setNull(Started);
    else
        m_load->setText(Started, startedUtc);
    if (endedUtc.isEmpty())
        m_load->setNull(Ended);
    else
        m_load->setText(Ended, endedUtc);
    m_load->setDouble(Duration, durationSeconds);
    m_load->setInt(Meets, meets ? 1 : 0);
    switch (m_load->add()) {
    case BulkLoad::Outcome::Added:
        return Outcome::Added;
    case BulkLoad::Outcome::Refused:
        return Outcome::Refused;
    case BulkLoad::Outcome::StorageFailed:
        break;
    }
    return Outcome::StorageFailed;
}

const Error& RequestLoader::error() const
{
    return m_load->error();
}

Result<std::unique_ptr<RequestLoader>> ImportStore::requestLoader(WriteScope& w, qint64 importId)
{
    auto load = SqlDialect::of(w.db()).bulkLoad(
        w.db(), QStringLiteral("sle_request"),
        { QStringLiteral("import_id"), QStringLiteral("request_ref"), QStringLiteral("tld"),
          QStringLiteral("service_level_id"), QStringLiteral("month"),
          QStringLiteral("started_utc"), QStringLiteral("ended_utc"),
          QStringLiteral("duration_seconds"), QStringLiteral("meets") },
        BulkLoad::Ids::NotWanted);
    if (!load)
        return load.error();
    load.value()->setInt(ImportId, importId); // the same for every row
    return std::make_unique<RequestLoader>(std::move(load.value()));
}

// --- catalogue

namespace {

ServiceLevelVersion versionFromQuery(SqlQuery& q, int first)
{
    ServiceLevelVersion v;
    v.id = q.value(first).toLongLong();
    v.effectiveFrom = SleMonth::parse(q.value(first + 1).toString());
    v.threshold = q.value(first + 2).toDouble();
    SleText::unitFromKey(q.value(first + 3).toString(), &v.unit);
    v.type = q.value(first + 4).toString() == QLatin1String("Min") ? ThresholdType::Min
                                                                   : ThresholdType::Max;
    v.targetPercent = q.value(first + 5).toDouble();
    v.changeRequestId = q.value(first + 6).toLongLong();
    return v;
}

const QString kLevelEntity = QStringLiteral("service_level");

} // namespace

Result<QList<ServiceLevel>> CatalogueStore::serviceLevels(const Database& db)
{
    QList<ServiceLevel> levels;
    QHash<qint64, qsizetype> index;
    SqlQuery q(
        db,
        QStringLiteral("SELECT id, category, metric, position, retired_from FROM service_level "
                       "ORDER BY CASE category WHEN 'I' THEN 1 WHEN 'II' THEN 2 WHEN 'III' THEN 3 "
                       "WHEN 'IV' THEN 4 ELSE 5 END, position, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        ServiceLevel l;
        l.id = q.value(0).toLongLong();
        l.category = q.value(1).toString();
        l.metric = q.value(2).toString();
        l.position = q.value(3).toInt();
        l.retiredFrom = SleMonth::parse(q.value(4).toString());
        index.insert(l.id, levels.size());
        levels.append(l);
    }
    SqlQuery v(
        db,
        QStringLiteral(
            "SELECT service_level_id, id, effective_from, threshold, unit, type, target_percent, "
            "change_request_id FROM service_level_version ORDER BY effective_from, id"));
    if (auto s = v.exec(); !s)
        return s.error();
    while (v.next()) {
        const auto it = index.constFind(v.value(0).toLongLong());
        if (it != index.constEnd())
            levels[*it].versions.append(versionFromQuery(v, 1));
    }
    return levels;
}

Result<int> CatalogueStore::serviceLevelCount(const Database& db)
{
    auto n = queryScalar(db, QStringLiteral("SELECT count(*) FROM service_level"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<bool> CatalogueStore::hasMetric(const Database& db, const QString& category,
                                       const QString& metric)
{
    auto n = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM service_level WHERE category = ? AND metric = ?"),
        { category, metric });
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<int> CatalogueStore::nextPosition(const Database& db, const QString& category)
{
    auto n = queryScalar(
        db,
        QStringLiteral(
            "SELECT coalesce(max(position), 0) + 1 FROM service_level WHERE category = ?"),
        { category });
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<std::optional<QDate>> CatalogueStore::latestVersion(const Database& db, qint64 levelId)
{
    auto latest = queryScalar(
        db,
        QStringLiteral(
            "SELECT max(effective_from) FROM service_level_version WHERE service_level_id = ?"),
        { levelId });
    if (!latest)
        return latest.error();
    if (latest.value().isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(SleMonth::parse(latest.value().toString()));
}

Result<QString> CatalogueStore::metricOf(const Database& db, qint64 levelId)
{
    auto metric = queryScalar(db, QStringLiteral("SELECT metric FROM service_level WHERE id = ?"),
                              { levelId });
    if (!metric)
        return metric.error();
    return metric.value().toString();
}

Result<QDate> CatalogueStore::retiredFrom(const Database& db, qint64 levelId)
{
    auto month = queryScalar(
        db, QStringLiteral("SELECT retired_from FROM service_level WHERE id = ?"), { levelId });
    if (!month)
        return month.error();
    return SleMonth::parse(month.value().toString());
}

Result<QList<ChangeRequest>> CatalogueStore::changeRequests(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, title, requested_by, requested_on, consultation, "
                              "decision, decided_on, effective_from, status "
                              "FROM sle_change_request ORDER BY effective_from, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<ChangeRequest> list;
    while (q.next()) {
        ChangeRequest r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.requestedBy = q.value(2).toString();
        r.requestedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        r.consultation = q.value(4).toString();
        r.decision = q.value(5).toString();
        r.decidedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        r.effectiveFrom = SleMonth::parse(q.value(7).toString());
        r.status = q.value(8).toString();
        list.append(r);
    }
    return list;
}

Result<qint64> CatalogueStore::insertServiceLevel(WriteScope& w, const QString& category,
                                                  const QString& metric, int position)
{
    auto id = w.insert(
        QStringLiteral("INSERT INTO service_level (category, metric, position) VALUES (?, ?, ?)"),
        { category, metric, position });
    if (!id)
        return id;
    if (auto a = w.audit(kLevelEntity, id.value(), QStringLiteral("create"),
                         { { QStringLiteral("category"), {}, category },
                           { QStringLiteral("metric"), {}, metric } });
        !a)
        return a.error();
    return id;
}

Result<qint64> CatalogueStore::insertVersion(WriteScope& w, qint64 levelId,
                                             const ServiceLevelVersion& v, qint64 requestId)
{
    auto id = w.insert(
        QStringLiteral("INSERT INTO service_level_version (service_level_id, "
                       "effective_from, threshold, unit, type, "
                       "target_percent, change_request_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { levelId, SleMonth::key(v.effectiveFrom), v.threshold, SleText::unitKey(v.unit),
          SleText::typeKey(v.type), v.targetPercent,
          requestId > 0 ? QVariant(requestId) : QVariant(QMetaType(QMetaType::LongLong)) });
    if (!id)
        return id;
    if (auto a
        = w.audit(QStringLiteral("service_level_version"), id.value(), QStringLiteral("create"),
                  { { QStringLiteral("service_level_id"), {}, levelId },
                    { QStringLiteral("effective_from"), {}, SleMonth::key(v.effectiveFrom) },
                    { QStringLiteral("threshold"), {}, SleText::threshold(v) },
                    { QStringLiteral("target_percent"), {}, v.targetPercent },
                    { QStringLiteral("change_request_id"), {}, requestId } });
        !a)
        return a.error();
    return id;
}

Result<qint64> CatalogueStore::insertChangeRequest(WriteScope& w, const ChangeRequest& request)
{
    const QDate requestedOn
        = request.requestedOn.isValid() ? request.requestedOn : request.effectiveFrom;
    auto id = w.insert(
        QStringLiteral("INSERT INTO sle_change_request (title, requested_by, requested_on, "
                       "consultation, decision, decided_on, "
                       "effective_from, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { request.title.trimmed(), text(request.requestedBy), requestedOn.toString(Qt::ISODate),
          text(request.consultation), text(request.decision),
          request.decidedOn.isValid() ? QVariant(request.decidedOn.toString(Qt::ISODate))
                                      : nullText(),
          SleMonth::key(request.effectiveFrom), request.status });
    if (!id)
        return id;
    if (auto a = w.audit(
            QStringLiteral("sle_change_request"), id.value(), QStringLiteral("create"),
            { { QStringLiteral("title"), {}, request.title.trimmed() },
              { QStringLiteral("requested_by"), {}, request.requestedBy },
              { QStringLiteral("effective_from"), {}, SleMonth::key(request.effectiveFrom) } });
        !a)
        return a.error();
    return id;
}

Status CatalogueStore::renameServiceLevel(WriteScope& w, qint64 levelId, const QString& oldMetric,
                                          const QString& metric)
{
    if (auto s = w.exec(QStringLiteral("UPDATE service_level SET metric = ? WHERE id = ?"),
                        { metric, levelId });
        !s)
        return s;
    return w.audit(kLevelEntity, levelId, QStringLiteral("update"),
                   { { QStringLiteral("metric"), oldMetric, metric } });
}

Status CatalogueStore::setRetiredFrom(WriteScope& w, qint64 levelId, QDate old, QDate month)
{
    const auto value
        = [](QDate m) { return m.isValid() ? QVariant(SleMonth::key(m)) : nullText(); };
    if (auto s = w.exec(QStringLiteral("UPDATE service_level SET retired_from = ? WHERE id = ?"),
                        { value(month), levelId });
        !s)
        return s;
    return w.audit(kLevelEntity, levelId, QStringLiteral("update"),
                   { { QStringLiteral("retired_from"), value(old), value(month) } });
}

// --- findings

namespace {

const QString kFindingEntity = QStringLiteral("sle_finding");

// One update of the month's finding row (created when missing) with its audit entry.
Status updateFinding(WriteScope& w, QDate month, const QString& assignments, QVariantList values,
                     const QList<FieldChange>& changes)
{
    const QString key = SleMonth::key(month);
    if (auto s = w.exec(SqlDialect::of(w.db()).insertOrIgnore(QStringLiteral("sle_finding"),
                                                              { QStringLiteral("month") },
                                                              { QStringLiteral("month") }),
                        { key });
        !s)
        return s;
    values << key;
    if (auto s = w.exec(QLatin1String("UPDATE sle_finding SET ") + assignments
                            + QLatin1String(" WHERE month = ?"),
                        values);
        !s)
        return s;
    return w.audit(kFindingEntity, key, QStringLiteral("update"), changes);
}

} // namespace

Result<MonthFinding> FindingStore::finding(const Database& db, QDate month)
{
    MonthFinding f;
    f.month = month;
    const QString key = SleMonth::key(month);
    SqlQuery q(
        db,
        QStringLiteral("SELECT decided_rating, statement, decided_on, statement_base, "
                       "statement_rating, statement_misses FROM sle_finding WHERE month = ?"));
    q.bind(key);
    if (auto s = q.exec(); !s)
        return s.error();
    if (q.next()) {
        f.decidedRating = q.value(0).toString();
        f.statement = q.value(1).toString();
        f.decidedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        f.statementBase = q.value(3).toString();
        f.statementRating = q.value(4).toString();
        f.statementMisses = q.value(5).toString();
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

Result<QDate> FindingStore::lastRatedMonth(const Database& db)
{
    auto last = queryScalar(
        db, QStringLiteral("SELECT max(month) FROM sle_finding WHERE decided_rating <> ''"));
    if (!last)
        return last.error();
    return SleMonth::parse(last.value().toString());
}

Result<QList<QDate>> FindingStore::ratedAmong(const Database& db, const QList<QDate>& months)
{
    QList<QDate> rated;
    SqlQuery q(
        db, QStringLiteral("SELECT 1 FROM sle_finding WHERE month = ? AND decided_rating <> ''"));
    for (const QDate& m : months) {
        q.bind(SleMonth::key(m));
        if (auto s = q.exec(); !s)
            return s.error();
        if (q.next())
            rated.append(m);
        q.raw().finish();
    }
    return rated;
}

Status FindingStore::setDecidedRating(WriteScope& w, QDate month, const QString& rating, QDate on,
                                      const QList<FieldChange>& changes)
{
    return updateFinding(
        w, month, QStringLiteral("decided_rating = ?, decided_on = ?"),
        { text(rating), on.isValid() ? QVariant(on.toString(Qt::ISODate)) : nullText() }, changes);
}

Status FindingStore::clearDecidedRating(WriteScope& w, QDate month,
                                        const QList<FieldChange>& changes)
{
    return updateFinding(w, month, QStringLiteral("decided_rating = '', decided_on = NULL"), {},
                         changes);
}

Status FindingStore::setStatementEdit(WriteScope& w, QDate month, const QString& statement,
                                      const QString& base, const QString& rating,
                                      const QString& misses, const QList<FieldChange>& changes)
{
    return updateFinding(w, month,
                         QStringLiteral("statement = ?, statement_base = ?, statement_rating = ?, "
                                        "statement_misses = ?"),
                         { text(statement), text(base), text(rating), text(misses) }, changes);
}

Status FindingStore::clearStatementEdit(WriteScope& w, QDate month,
                                        const QList<FieldChange>& changes)
{
    return updateFinding(w, month,
                         QStringLiteral("statement = '', statement_base = '', "
                                        "statement_rating = '', statement_misses = ''"),
                         {}, changes);
}

Status FindingStore::setNarrative(WriteScope& w, QDate month, qint64 serviceLevelId,
                                  const MissNarrative& old, const MissNarrative& narrative)
{
    const QString key = SleMonth::key(month);
    const QString upsert = SqlDialect::of(w.db()).upsert(
        QStringLiteral("sle_narrative"),
        { QStringLiteral("month"), QStringLiteral("service_level_id"), QStringLiteral("narrative"),
          QStringLiteral("explained") },
        { QStringLiteral("month"), QStringLiteral("service_level_id") },
        { QStringLiteral("narrative"), QStringLiteral("explained") });
    if (auto s = w.exec(upsert,
                        { key, serviceLevelId, text(narrative.text), narrative.explained ? 1 : 0 });
        !s)
        return s;
    return w.audit(QStringLiteral("sle_narrative"),
                   key + QLatin1Char('/') + QString::number(serviceLevelId),
                   QStringLiteral("update"),
                   { { QStringLiteral("narrative"), old.text, narrative.text },
                     { QStringLiteral("explained"), old.explained, narrative.explained } });
}

Result<qint64> FindingStore::insertReopening(WriteScope& w, const MonthFinding& f,
                                             const QString& reason)
{
    const QString key = SleMonth::key(f.month);
    const UserSession& session = w.db().session();
    auto id = w.insert(
        QStringLiteral("INSERT INTO sle_rating_reopening (month, previous_rating, "
                       "previous_decided_on, reason, decided_utc, decided_by, "
                       "decided_role) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { key, f.decidedRating,
          f.decidedOn.isValid() ? QVariant(f.decidedOn.toString(Qt::ISODate)) : nullText(), reason,
          QDateTime::currentDateTimeUtc().toString(Qt::ISODate), text(session.name),
          RoleNames::key(session.role) });
    if (!id)
        return id;
    if (auto a
        = w.audit(QStringLiteral("sle_rating_reopening"), id.value(), QStringLiteral("create"),
                  { { QStringLiteral("month"), {}, key },
                    { QStringLiteral("previous_rating"), {}, f.decidedRating },
                    { QStringLiteral("reason"), {}, reason } });
        !a)
        return a.error();
    return id;
}

// --- escalation report

Result<QList<EscalationRow>> FindingStore::escalations(const Database& db, QDate asOf)
{
    // The step on `asOf` is the last move made by then that was not undone. A case is public
    // only when it is not confidential now and its latest publication decision made it public:
    // a flag without a recorded decision is not enough.
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT c.reference, c.title, c.process, c.opened_utc, "
            "(SELECT m.to_step FROM case_move m WHERE m.case_id = c.id AND m.effective_date <= ? "
            "  AND m.undone_by_move_id IS NULL AND m.undoes_move_id IS NULL "
            "  ORDER BY m.effective_date DESC, m.id DESC LIMIT 1), "
            "c.confidential = 0 AND coalesce((SELECT p.made_public FROM case_publication p "
            "  WHERE p.case_id = c.id ORDER BY p.decided_utc DESC, p.id DESC LIMIT 1), 0) = 1 "
            "FROM case_record c WHERE c.is_exercise = 0 AND c.process <> 'emergency' "
            "AND substr(c.opened_utc, 1, 10) <= ? ORDER BY c.ref_year, c.ref_number"));
    q.bind(asOf.toString(Qt::ISODate)).bind(asOf.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<EscalationRow> rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toBool() });
    return rows;
}

} // namespace csc
