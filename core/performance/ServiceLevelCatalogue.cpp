// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLevelCatalogue.h"

#include "RatedMonths.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QHash>

namespace csc {

namespace {

const QString kEntity = QStringLiteral("service_level");

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

Status validateVersion(const ServiceLevelVersion& v)
{
    if (!v.effectiveFrom.isValid() || v.effectiveFrom.day() != 1)
        return Error { ServiceLevelCatalogue::tr("A version needs the month it takes effect."),
                       {} };
    if (!(v.threshold > 0))
        return Error { ServiceLevelCatalogue::tr("The threshold must be a positive duration."),
                       {} };
    if (!(v.targetPercent > 0 && v.targetPercent <= 100))
        return Error {
            ServiceLevelCatalogue::tr("The compliance target must be between 0 and 100%."), {}
        };
    return {};
}

Result<qint64> insertVersion(Database& db, qint64 levelId, const ServiceLevelVersion& v,
                             qint64 requestId)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO service_level_version (service_level_id, "
                              "effective_from, threshold, unit, type, "
                              "target_percent, change_request_id) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(levelId)
        .bind(SleMonth::key(v.effectiveFrom))
        .bind(v.threshold)
        .bind(SleText::unitKey(v.unit))
        .bind(SleText::typeKey(v.type));
    q.bind(v.targetPercent)
        .bind(requestId > 0 ? QVariant(requestId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    auto a = AuditLog::record(
        db, QStringLiteral("service_level_version"), QString::number(id), QStringLiteral("create"),
        { { QStringLiteral("service_level_id"), {}, levelId },
          { QStringLiteral("effective_from"), {}, SleMonth::key(v.effectiveFrom) },
          { QStringLiteral("threshold"), {}, SleText::threshold(v) },
          { QStringLiteral("target_percent"), {}, v.targetPercent },
          { QStringLiteral("change_request_id"), {}, requestId } });
    if (!a)
        return a.error();
    return id;
}

} // namespace

Result<QList<ServiceLevel>> ServiceLevelCatalogue::all(const Database& db)
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

Result<ServiceLevel> ServiceLevelCatalogue::byId(const Database& db, qint64 id)
{
    auto levels = all(db);
    if (!levels)
        return levels.error();
    for (const ServiceLevel& l : levels.value()) {
        if (l.id == id)
            return l;
    }
    return Error { tr("There is no service level number %1.").arg(id), {} };
}

Result<qint64> ServiceLevelCatalogue::create(Database& db, const QString& category,
                                             const QString& metric,
                                             const ServiceLevelVersion& firstVersion)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (!SleText::categories().contains(category))
        return Error { tr("“%1” is not a process category (I to V).").arg(category), {} };
    if (metric.trimmed().isEmpty())
        return Error { tr("A service level needs a metric name."), {} };
    if (auto s = validateVersion(firstVersion); !s)
        return s.error();
    // A level added from a rated month would change that month's "n of N".
    if (auto s = RatedMonths::refuseCatalogueChange(db, firstVersion.effectiveFrom,
                                                    tr("A new service level"));
        !s)
        return s.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto exists = queryScalar(
        db, QStringLiteral("SELECT count(*) FROM service_level WHERE category = ? AND metric = ?"),
        { category, metric.trimmed() });
    if (!exists)
        return exists.error();
    if (exists.value().toInt() > 0)
        return Error { tr("Category %1 already has a metric “%2”.").arg(category, metric.trimmed()),
                       {} };
    auto position = queryScalar(
        db,
        QStringLiteral(
            "SELECT coalesce(max(position), 0) + 1 FROM service_level WHERE category = ?"),
        { category });
    if (!position)
        return position.error();
    SqlQuery q(
        db,
        QStringLiteral("INSERT INTO service_level (category, metric, position) VALUES (?, ?, ?)"));
    q.bind(category).bind(metric.trimmed()).bind(position.value());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, kEntity, QString::number(id), QStringLiteral("create"),
                                  { { QStringLiteral("category"), {}, category },
                                    { QStringLiteral("metric"), {}, metric.trimmed() } });
        !a)
        return a.error();
    if (auto v = insertVersion(db, id, firstVersion, 0); !v)
        return v.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

Result<QDate> ServiceLevelCatalogue::lastRatedMonth(const Database& db)
{
    return RatedMonths::last(db);
}

Result<qint64>
ServiceLevelCatalogue::amend(Database& db, const ChangeRequest& request,
                             const QList<QPair<qint64, ServiceLevelVersion>>& newVersions)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (request.title.trimmed().isEmpty())
        return Error { tr("A change request needs a title."), {} };
    if (!request.effectiveFrom.isValid())
        return Error { tr("A change request needs the month it takes effect."), {} };
    if (newVersions.isEmpty())
        return Error { tr("A change request must change at least one service level."), {} };
    if (auto s = RatedMonths::refuseCatalogueChange(db, request.effectiveFrom, tr("A change")); !s)
        return s.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO sle_change_request (title, requested_by, requested_on, "
                              "consultation, decision, decided_on, "
                              "effective_from, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    // Text columns are NOT NULL: a null QString would bind as NULL.
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    const QDate requestedOn
        = request.requestedOn.isValid() ? request.requestedOn : request.effectiveFrom;
    q.bind(request.title.trimmed())
        .bind(text(request.requestedBy))
        .bind(requestedOn.toString(Qt::ISODate))
        .bind(text(request.consultation));
    q.bind(text(request.decision))
        .bind(request.decidedOn.isValid() ? QVariant(request.decidedOn.toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString)));
    q.bind(SleMonth::key(request.effectiveFrom)).bind(request.status);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 requestId = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(
            db, QStringLiteral("sle_change_request"), QString::number(requestId),
            QStringLiteral("create"),
            { { QStringLiteral("title"), {}, request.title.trimmed() },
              { QStringLiteral("requested_by"), {}, request.requestedBy },
              { QStringLiteral("effective_from"), {}, SleMonth::key(request.effectiveFrom) } });
        !a)
        return a.error();
    for (const auto& [levelId, definition] : newVersions) {
        ServiceLevelVersion v = definition;
        v.effectiveFrom = request.effectiveFrom;
        if (auto s = validateVersion(v); !s)
            return s.error();
        auto latest = queryScalar(
            db,
            QStringLiteral(
                "SELECT max(effective_from) FROM service_level_version WHERE service_level_id = ?"),
            { levelId });
        if (!latest)
            return latest.error();
        if (latest.value().isNull())
            return Error { tr("There is no service level number %1.").arg(levelId), {} };
        if (latest.value().toString() >= SleMonth::key(v.effectiveFrom))
            return Error {
                tr("Service level %1 already has a version from %2; a new one must start later.")
                    .arg(levelId)
                    .arg(SleMonth::display(SleMonth::parse(latest.value().toString()))),
                {}
            };
        if (auto id = insertVersion(db, levelId, v, requestId); !id)
            return id.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return requestId;
}

Status ServiceLevelCatalogue::rename(Database& db, qint64 id, const QString& metric)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    if (metric.trimmed().isEmpty())
        return Error { tr("A service level needs a metric name."), {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto old
        = queryScalar(db, QStringLiteral("SELECT metric FROM service_level WHERE id = ?"), { id });
    if (!old)
        return old.error();
    if (auto s = execute(db, QStringLiteral("UPDATE service_level SET metric = ? WHERE id = ?"),
                         { metric.trimmed(), id });
        !s)
        return Error { tr("Could not rename the metric; is the name already used in its category?"),
                       s.error().detail };
    if (auto a = AuditLog::record(db, kEntity, QString::number(id), QStringLiteral("update"),
                                  { { QStringLiteral("metric"), old.value(), metric.trimmed() } });
        !a)
        return a.error();
    return tx.commit();
}

Status ServiceLevelCatalogue::retire(Database& db, qint64 id, QDate month)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    Transaction tx(db);
    if (!tx)
        return tx.error();
    auto old = queryScalar(
        db, QStringLiteral("SELECT retired_from FROM service_level WHERE id = ?"), { id });
    if (!old)
        return old.error();
    // Retiring from a month, or bringing a level back from the month it was retired, changes
    // every month from then on: none of them may be rated.
    const QDate oldMonth = SleMonth::parse(old.value().toString());
    if (month.isValid()) {
        if (auto s = RatedMonths::refuseCatalogueChange(db, month, tr("Retiring a service level"));
            !s)
            return s;
    } else if (oldMonth.isValid()) {
        if (auto s = RatedMonths::refuseCatalogueChange(
                db, oldMonth, tr("Bringing back a retired service level"));
            !s)
            return s;
    }
    const QVariant value = month.isValid() ? QVariant(SleMonth::key(month))
                                           : QVariant(QMetaType(QMetaType::QString));
    if (auto s
        = execute(db, QStringLiteral("UPDATE service_level SET retired_from = ? WHERE id = ?"),
                  { value, id });
        !s)
        return s;
    if (auto a = AuditLog::record(db, kEntity, QString::number(id), QStringLiteral("update"),
                                  { { QStringLiteral("retired_from"), old.value(), value } });
        !a)
        return a.error();
    return tx.commit();
}

Result<QList<ChangeRequest>> ServiceLevelCatalogue::changeRequests(const Database& db)
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

} // namespace csc
