// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodicAudits.h"

#include "core/cases/CaseDocuments.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/duties/DutyStore.h"
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

} // namespace

Result<qint64> PeriodicAudits::commission(Database& db, const QString& organisation, QDate on)
{
    if (auto s = Permissions::check(db.session(), Permission::ManageCommittee); !s)
        return s.error();
    if (organisation.trimmed().isEmpty() || !on.isValid())
        return Error { tr("Commissioning the audit needs the independent organisation and the "
                          "date."),
                       {} };
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        auto id = DutyStore::insertPeriodicAudit(w, organisation.trimmed(), on);
        if (!id)
            return id;
        if (auto a
            = w.audit(QStringLiteral("periodic_audit"), id.value(), QStringLiteral("create"),
                      { { QStringLiteral("organisation"), {}, organisation.trimmed() },
                        { QStringLiteral("commissionedOn"), {}, on.toString(Qt::ISODate) } });
            !a)
            return a.error();
        return id;
    });
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
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        qint64 doc = 0;
        if (!documentPath.isEmpty()) {
            auto stored = CaseDocuments::storeFile(db, documentPath, tr("Audit report"), false);
            if (!stored)
                return stored.error();
            doc = stored.value();
        }
        if (auto s = DutyStore::setAuditReport(w, auditId, receivedOn, doc); !s)
            return s;
        return w.audit(
            QStringLiteral("periodic_audit"), auditId, QStringLiteral("update"),
            { { QStringLiteral("reportReceivedOn"), {}, receivedOn.toString(Qt::ISODate) },
              { QStringLiteral("reportDocumentId"), {}, doc } });
    });
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
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        if (auto s = DutyStore::setAuditPublished(w, auditId, on, where.trimmed(),
                                                  publicSummary.trimmed());
            !s)
            return s;
        return w.audit(QStringLiteral("periodic_audit"), auditId, QStringLiteral("update"),
                       { { QStringLiteral("publishedOn"), {}, on.toString(Qt::ISODate) },
                         { QStringLiteral("publishedWhere"), {}, where.trimmed() },
                         { QStringLiteral("publicSummary"), {}, publicSummary.trimmed() } });
    });
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
    const QList<FieldChange> changes
        = AuditLog::diff({ { QStringLiteral("feedbackClosesOn"), iso(a.value().feedbackClosesOn) },
                           { QStringLiteral("feedbackSummary"), a.value().feedbackSummary } },
                         { { QStringLiteral("feedbackClosesOn"), iso(closesOn) },
                           { QStringLiteral("feedbackSummary"), summary.trimmed() } });
    if (changes.isEmpty())
        return {};
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        if (auto s = DutyStore::setAuditFeedback(w, auditId, closesOn, summary.trimmed()); !s)
            return s;
        return w.audit(QStringLiteral("periodic_audit"), auditId, QStringLiteral("update"),
                       changes);
    });
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
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        auto id = DutyStore::insertAuditChangeRequest(
            w, auditId, title.trimmed(), day,
            tr("From the periodic audit by %1").arg(a.value().organisation), effective);
        if (!id)
            return id;
        if (auto r
            = w.audit(QStringLiteral("periodic_audit"), auditId, QStringLiteral("change-request"),
                      { { QStringLiteral("changeRequest"), {}, id.value() },
                        { QStringLiteral("title"), {}, title.trimmed() } });
            !r)
            return r.error();
        return id;
    });
}

Result<QList<PeriodicAudit>> PeriodicAudits::all(const Database& db)
{
    return DutyStore::periodicAudits(db);
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
