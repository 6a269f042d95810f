// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodicAudits.h"

#include "core/cases/CaseDocuments.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

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

Result<qint64> PeriodicAudits::commission(Database& db, const QString& organisation, QDate on)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s.error();
    if (organisation.trimmed().isEmpty() || !on.isValid())
        return Error { tr("Commissioning the audit needs the independent organisation and the "
                          "date."),
                       {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO periodic_audit(organisation, commissioned_on) "
                              "VALUES (?, ?)"));
    q.bind(organisation.trimmed()).bind(on.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(
            db, QStringLiteral("periodic_audit"), QString::number(id), QStringLiteral("create"),
            { { QStringLiteral("organisation"), {}, organisation.trimmed() },
              { QStringLiteral("commissionedOn"), {}, on.toString(Qt::ISODate) } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PeriodicAudits::recordReport(Database& db, qint64 auditId, QDate receivedOn,
                                    const QString& documentPath)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s;
    auto a = get(db, auditId);
    if (!a)
        return a.error();
    if (a.value().reportReceivedOn.isValid())
        return Error { tr("The audit's report is recorded already."), {} };
    if (!receivedOn.isValid() || receivedOn < a.value().commissionedOn)
        return Error { tr("The report cannot be received before the audit was commissioned "
                          "(%1).")
                           .arg(a.value().commissionedOn.toString(Qt::ISODate)),
                       {} };
    Transaction tx(db);
    if (!tx)
        return tx.error();
    qint64 doc = 0;
    if (!documentPath.isEmpty()) {
        auto stored = CaseDocuments::storeFile(db, documentPath, tr("Audit report"), false);
        if (!stored)
            return stored.error();
        doc = stored.value();
    }
    if (auto s = auditedFieldUpdate(
            db, std::nullopt, QStringLiteral("periodic_audit"), auditId,
            { { QStringLiteral("reportReceivedOn"), {}, receivedOn.toString(Qt::ISODate) },
              { QStringLiteral("reportDocumentId"), {}, doc } },
            QStringLiteral("UPDATE periodic_audit SET report_received_on = ?, "
                           "report_document_id = ? WHERE id = ?"),
            { receivedOn.toString(Qt::ISODate), doc ? QVariant(doc) : QVariant(), auditId });
        !s)
        return s;
    return tx.commit();
}

Status PeriodicAudits::publishResults(Database& db, qint64 auditId, QDate on, const QString& where,
                                      const QString& publicSummary)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s;
    auto a = get(db, auditId);
    if (!a)
        return a.error();
    if (!a.value().reportReceivedOn.isValid())
        return Error { tr("The results are published once the audit's report is received."), {} };
    if (a.value().publishedOn.isValid())
        return Error { tr("The audit's results are published already."), {} };
    if (!on.isValid() || where.trimmed().isEmpty() || publicSummary.trimmed().isEmpty())
        return Error { tr("Publishing the results needs the date, where, and the public summary."),
                       {} };
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("periodic_audit"), auditId,
        { { QStringLiteral("publishedOn"), {}, on.toString(Qt::ISODate) },
          { QStringLiteral("publishedWhere"), {}, where.trimmed() },
          { QStringLiteral("publicSummary"), {}, publicSummary.trimmed() } },
        QStringLiteral("UPDATE periodic_audit SET published_on = ?, "
                       "published_where = ?, public_summary = ? WHERE id = ?"),
        { on.toString(Qt::ISODate), where.trimmed(), publicSummary.trimmed(), auditId });
}

Status PeriodicAudits::recordFeedback(Database& db, qint64 auditId, QDate closesOn,
                                      const QString& summary)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s;
    auto a = get(db, auditId);
    if (!a)
        return a.error();
    if (!a.value().publishedOn.isValid())
        return Error { tr("Community feedback is sought on the published results; publish them "
                          "first."),
                       {} };
    if (!closesOn.isValid() || summary.trimmed().isEmpty())
        return Error { tr("Say when the feedback closed and what it said."), {} };
    return auditedFieldUpdate(
        db, std::nullopt, QStringLiteral("periodic_audit"), auditId,
        AuditLog::diff({ { QStringLiteral("feedbackClosesOn"), iso(a.value().feedbackClosesOn) },
                         { QStringLiteral("feedbackSummary"), a.value().feedbackSummary } },
                       { { QStringLiteral("feedbackClosesOn"), iso(closesOn) },
                         { QStringLiteral("feedbackSummary"), summary.trimmed() } }),
        QStringLiteral("UPDATE periodic_audit SET feedback_closes_on = ?, "
                       "feedback_summary = ? WHERE id = ?"),
        { closesOn.toString(Qt::ISODate), summary.trimmed(), auditId });
}

Result<qint64> PeriodicAudits::openChangeRequest(Database& db, qint64 auditId, const QString& title,
                                                 QDate on)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s.error();
    auto a = get(db, auditId);
    if (!a)
        return a.error();
    if (!a.value().reportReceivedOn.isValid())
        return Error { tr("Change requests come from the audit's report; it is not received "
                          "yet."),
                       {} };
    if (title.trimmed().isEmpty())
        return Error { tr("A change request needs a title."), {} };
    const QDate day = on.isValid() ? on : QDate::currentDate();
    // Proposed only: the change itself follows the recorded procedure of §5 (it takes effect
    // from a month not yet rated when it is decided).
    const QDate effective = QDate(day.year(), day.month(), 1).addMonths(1);
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO sle_change_request(title, requested_by, requested_on, "
                              "consultation, effective_from, status) VALUES (?, 'committee', ?, "
                              "?, ?, 'proposed')"));
    q.bind(title.trimmed())
        .bind(day.toString(Qt::ISODate))
        .bind(tr("From the periodic audit by %1").arg(a.value().organisation))
        .bind(effective.toString(Qt::ISODate));
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO periodic_audit_change_request(audit_id, "
                                        "change_request_id) VALUES (?, ?)"),
                         { auditId, id });
        !s)
        return s.error();
    if (auto r = AuditLog::record(db, QStringLiteral("periodic_audit"), QString::number(auditId),
                                  QStringLiteral("change-request"),
                                  { { QStringLiteral("changeRequest"), {}, id },
                                    { QStringLiteral("title"), {}, title.trimmed() } });
        !r)
        return r.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<PeriodicAudit>> PeriodicAudits::all(const Database& db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, organisation, commissioned_on, report_received_on, "
                              "report_document_id, published_on, published_where, "
                              "public_summary, feedback_closes_on, feedback_summary FROM "
                              "periodic_audit ORDER BY commissioned_on, id"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<PeriodicAudit> result;
    while (q.next()) {
        PeriodicAudit a;
        a.id = q.value(0).toLongLong();
        a.organisation = q.value(1).toString();
        a.commissionedOn = day(q.value(2));
        a.reportReceivedOn = day(q.value(3));
        a.reportDocumentId = q.value(4).toLongLong();
        a.publishedOn = day(q.value(5));
        a.publishedWhere = q.value(6).toString();
        a.publicSummary = q.value(7).toString();
        a.feedbackClosesOn = day(q.value(8));
        a.feedbackSummary = q.value(9).toString();
        result << a;
    }
    SqlQuery l(db,
               QStringLiteral("SELECT audit_id, change_request_id FROM "
                              "periodic_audit_change_request ORDER BY change_request_id"));
    if (auto s = l.exec(); !s)
        return s.error();
    while (l.next()) {
        for (PeriodicAudit& a : result) {
            if (a.id == l.value(0).toLongLong())
                a.changeRequestIds << l.value(1).toLongLong();
        }
    }
    return result;
}

Result<PeriodicAudit> PeriodicAudits::get(const Database& db, qint64 auditId)
{
    auto audits = all(db);
    if (!audits)
        return audits.error();
    for (const PeriodicAudit& a : audits.value()) {
        if (a.id == auditId)
            return a;
    }
    return Error { tr("There is no periodic audit #%1.").arg(auditId), {} };
}

QString PeriodicAudits::stage(const PeriodicAudit& a)
{
    if (!a.feedbackSummary.isEmpty())
        return a.changeRequestIds.isEmpty()
            ? tr("feedback collected")
            : tr("feedback collected; %1 change request(s) opened").arg(a.changeRequestIds.size());
    if (a.publishedOn.isValid())
        return tr("results published");
    if (a.reportReceivedOn.isValid())
        return tr("report received");
    return tr("commissioned");
}

} // namespace csc
