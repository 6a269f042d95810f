// SPDX-License-Identifier: GPL-3.0-or-later
#include "IfoComplaints.h"

#include "core/domain/AuditedWrite.h"
#include "core/duties/DutyStore.h"

#include <QMap>

namespace csc {

namespace {

QVariant iso(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
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
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        auto id = DutyStore::insertComplaintSummary(w, s);
        if (!id)
            return id;
        QStringList counts;
        for (const auto& [kind, count] : s.counts)
            counts << QStringLiteral("%1=%2").arg(kind.trimmed()).arg(count);
        if (auto a
            = w.audit(QStringLiteral("ifo_complaint_summary"), id.value(), QStringLiteral("create"),
                      { { QStringLiteral("period"),
                          {},
                          QStringLiteral("%1..%2").arg(s.periodFrom.toString(Qt::ISODate),
                                                       s.periodTo.toString(Qt::ISODate)) },
                        { QStringLiteral("counts"), {}, counts.join(QLatin1Char(' ')) } });
            !a)
            return a.error();
        return id;
    });
}

Result<QList<IfoComplaintSummary>> IfoComplaints::summaries(const Database& db)
{
    return DutyStore::complaintSummaries(db);
}

Result<QList<QPair<QString, int>>> IfoComplaints::escalatedCounts(const Database& db, QDate from,
                                                                  QDate to)
{
    return DutyStore::escalatedCounts(db, from, to);
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
    return auditedWrite(db, Permission::EditCases, [&](WriteScope& w) -> Result<qint64> {
        auto id = DutyStore::insertComplaintHandling(w, h);
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("ifo_complaint_handling"), id.value(),
                             QStringLiteral("create"),
                             { { QStringLiteral("reference"), {}, h.reference.trimmed() },
                               { QStringLiteral("receivedOn"), {}, iso(h.receivedOn) },
                               { QStringLiteral("acknowledgedOn"), {}, iso(h.acknowledgedOn) },
                               { QStringLiteral("respondedOn"), {}, iso(h.respondedOn) } });
            !a)
            return a.error();
        return id;
    });
}

Result<QList<IfoComplaintHandling>> IfoComplaints::handlings(const Database& db)
{
    return DutyStore::complaintHandlings(db);
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
