// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureStore.h"

#include "RatedMonths.h"
#include "ServiceLevel.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    const QString key = SleMonth::key(month);
    SqlQuery old(
        db,
        QStringLiteral(
            "SELECT requests, met FROM sle_figure WHERE service_level_id = ? AND month = ?"));
    SqlQuery upsert(db,
                    QStringLiteral("INSERT INTO sle_figure (service_level_id, month, requests, "
                                   "met, import_id) VALUES (?, ?, ?, ?, NULL) "
                                   "ON CONFLICT (service_level_id, month) DO UPDATE SET requests = "
                                   "excluded.requests, met = excluded.met, import_id = NULL"));
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
        upsert.bind(f.serviceLevelId).bind(key).bind(f.requests).bind(f.met);
        if (auto s = upsert.exec(); !s)
            return s;
        if (auto a = AuditLog::record(
                db, QStringLiteral("sle_figure"),
                QString::number(f.serviceLevelId) + QLatin1Char('/') + key,
                oldRequests.isValid() ? QStringLiteral("update") : QStringLiteral("create"),
                { { QStringLiteral("requests"), oldRequests, f.requests },
                  { QStringLiteral("met"), oldMet, f.met },
                  { QStringLiteral("source"), {}, QStringLiteral("manual") } });
            !a)
            return a.error();
    }
    return tx.commit();
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

} // namespace csc
