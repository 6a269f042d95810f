// SPDX-License-Identifier: GPL-3.0-or-later
#include "IfoComplaints.h"

#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QMap>

namespace csc {

namespace {

QVariant iso(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate day(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace

Result<qint64> IfoComplaints::addSummary(Database& db, const IfoComplaintSummary& s)
{
    if (auto p = Permissions::check(db.session(), Permission::EditCases); !p)
        return p.error();
    if (!s.periodFrom.isValid() || !s.periodTo.isValid() || s.periodTo < s.periodFrom
        || !s.receivedOn.isValid())
        return Error { tr("A summary of escalated complaints needs its period and the day it was "
                          "received."),
                       {} };
    for (const auto& [kind, count] : s.counts) {
        if (kind.trimmed().isEmpty() || count < 0)
            return Error { tr("Each count of the summary needs a kind and a number of at least "
                              "0."),
                           {} };
    }
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO ifo_complaint_summary(period_from, period_to, "
                              "received_on) VALUES (?, ?, ?)"));
    q.bind(s.periodFrom.toString(Qt::ISODate))
        .bind(s.periodTo.toString(Qt::ISODate))
        .bind(s.receivedOn.toString(Qt::ISODate));
    if (auto r = q.exec(); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    QStringList counts;
    for (const auto& [kind, count] : s.counts) {
        if (auto r = execute(db,
                             QStringLiteral("INSERT INTO ifo_complaint_summary_count(summary_id, "
                                            "category, count) VALUES (?, ?, ?)"),
                             { id, kind.trimmed(), count });
            !r)
            return r.error();
        counts << QStringLiteral("%1=%2").arg(kind.trimmed()).arg(count);
    }
    if (auto a
        = AuditLog::record(db, QStringLiteral("ifo_complaint_summary"), QString::number(id),
                           QStringLiteral("create"),
                           { { QStringLiteral("period"),
                               {},
                               QStringLiteral("%1..%2").arg(s.periodFrom.toString(Qt::ISODate),
                                                            s.periodTo.toString(Qt::ISODate)) },
                             { QStringLiteral("counts"), {}, counts.join(QLatin1Char(' ')) } });
        !a)
        return a.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QList<IfoComplaintSummary>> IfoComplaints::summaries(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, period_from, period_to, received_on FROM "
                              "ifo_complaint_summary ORDER BY period_from, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<IfoComplaintSummary> result;
    while (q.next())
        result << IfoComplaintSummary {
            q.value(0).toLongLong(), day(q.value(1)), day(q.value(2)), day(q.value(3)), {}
        };
    SqlQuery c(db,
               QStringLiteral("SELECT summary_id, category, count FROM "
                              "ifo_complaint_summary_count ORDER BY summary_id, category"));
    if (auto s = c.exec(); !s)
        return s.error();
    while (c.next()) {
        for (IfoComplaintSummary& s : result) {
            if (s.id == c.value(0).toLongLong())
                s.counts << qMakePair(c.value(1).toString(), c.value(2).toInt());
        }
    }
    return result;
}

Result<QList<QPair<QString, int>>> IfoComplaints::escalatedCounts(const Database& db, QDate from,
                                                                  QDate to)
{
    SqlQuery q(db,
               QStringLiteral("SELECT c.category, sum(c.count) FROM ifo_complaint_summary s JOIN "
                              "ifo_complaint_summary_count c ON c.summary_id = s.id WHERE "
                              "s.period_to >= ? AND s.period_from <= ? GROUP BY c.category ORDER "
                              "BY 2 DESC, 1"));
    q.bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<QPair<QString, int>> result;
    while (q.next())
        result << qMakePair(q.value(0).toString(), q.value(1).toInt());
    return result;
}

Result<qint64> IfoComplaints::addHandling(Database& db, const IfoComplaintHandling& h)
{
    if (auto p = Permissions::check(db.session(), Permission::EditCases); !p)
        return p.error();
    if (h.reference.trimmed().isEmpty() || !h.receivedOn.isValid())
        return Error { tr("The IFO's handling of a complaint needs its reference and the day it "
                          "was received."),
                       {} };
    if ((h.acknowledgedOn.isValid() && h.acknowledgedOn < h.receivedOn)
        || (h.respondedOn.isValid() && h.respondedOn < h.receivedOn))
        return Error { tr("Complaint %1 cannot be acknowledged or answered before it was "
                          "received (%2).")
                           .arg(h.reference, h.receivedOn.toString(Qt::ISODate)),
                       {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO ifo_complaint_handling(reference, received_on, "
                              "acknowledged_on, responded_on, case_id) VALUES (?, ?, ?, ?, "
                              "?)"));
    q.bind(h.reference.trimmed())
        .bind(h.receivedOn.toString(Qt::ISODate))
        .bind(iso(h.acknowledgedOn))
        .bind(iso(h.respondedOn))
        .bind(h.caseId ? QVariant(h.caseId) : QVariant());
    if (auto r = q.exec(); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("ifo_complaint_handling"), QString::number(id),
                                  QStringLiteral("create"),
                                  { { QStringLiteral("reference"), {}, h.reference.trimmed() },
                                    { QStringLiteral("receivedOn"), {}, iso(h.receivedOn) },
                                    { QStringLiteral("acknowledgedOn"), {}, iso(h.acknowledgedOn) },
                                    { QStringLiteral("respondedOn"), {}, iso(h.respondedOn) } });
        !a)
        return a.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QList<IfoComplaintHandling>> IfoComplaints::handlings(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, reference, received_on, acknowledged_on, "
                              "responded_on, case_id FROM ifo_complaint_handling ORDER BY "
                              "received_on, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<IfoComplaintHandling> result;
    while (q.next())
        result << IfoComplaintHandling { q.value(0).toLongLong(), q.value(1).toString(),
                                         day(q.value(2)),         day(q.value(3)),
                                         day(q.value(4)),         q.value(5).toLongLong() };
    return result;
}

IfoHandlingCheck IfoComplaints::check(const BusinessCalendar& calendar,
                                      const IfoComplaintHandling& h, QDate today)
{
    IfoHandlingCheck c;
    c.receipt = deadlineStatusIn(calendar, DayUnit::Business,
                                 calendar.addBusinessDays(h.receivedOn, kReceiptBusinessDays),
                                 today, 0, h.acknowledgedOn);
    c.response = deadlineStatusIn(calendar, DayUnit::Business,
                                  calendar.addBusinessDays(h.receivedOn, kResponseBusinessDays),
                                  today, 0, h.respondedOn);
    return c;
}

} // namespace csc
