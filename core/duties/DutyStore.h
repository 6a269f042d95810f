// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/duties/DutyTypes.h"
#include "core/util/Result.h"

#include <QList>
#include <QPair>

namespace csc {

class Database;
class WriteScope;

// All SQL of core/duties: periodic audits (and the change requests opened from them),
// technical changes, customer updates, review liaisons and the IFO's complaint figures.
// Writes take the WriteScope of the rule's auditedWrite; reads return the value types.
class DutyStore
{
public:
    // --- periodic audits
    static Result<QList<PeriodicAudit>> periodicAudits(const Database& db); // with change requests
    static Result<qint64> insertPeriodicAudit(WriteScope& w, const QString& organisation,
                                              QDate commissionedOn);
    static Status setAuditReport(WriteScope& w, qint64 auditId, QDate receivedOn, qint64 document);
    static Status setAuditPublished(WriteScope& w, qint64 auditId, QDate on, const QString& where,
                                    const QString& publicSummary);
    static Status setAuditFeedback(WriteScope& w, qint64 auditId, QDate closesOn,
                                   const QString& summary);
    // A proposed service-level change request from the committee, linked to the audit.
    static Result<qint64> insertAuditChangeRequest(WriteScope& w, qint64 auditId,
                                                   const QString& title, QDate requestedOn,
                                                   const QString& consultation,
                                                   QDate effectiveFrom);

    // --- the other duties' records
    static Result<qint64> insertTechnicalChange(WriteScope& w, const TechnicalChange& c);
    static Result<QList<TechnicalChange>> technicalChanges(const Database& db);
    static Result<qint64> insertCustomerUpdate(WriteScope& w, const CustomerUpdate& u);
    static Result<QList<CustomerUpdate>> customerUpdates(const Database& db);
    static Result<qint64> insertReviewLiaison(WriteScope& w, const ReviewLiaison& l);
    static Result<QList<ReviewLiaison>> reviewLiaisons(const Database& db);

    // --- the IFO's complaint figures
    static Result<qint64> insertComplaintSummary(WriteScope& w, const IfoComplaintSummary& s);
    static Result<QList<IfoComplaintSummary>> complaintSummaries(const Database& db);
    static Result<QList<QPair<QString, int>>> escalatedCounts(const Database& db, QDate from,
                                                              QDate to);
    static Result<qint64> insertComplaintHandling(WriteScope& w, const IfoComplaintHandling& h);
    static Result<QList<IfoComplaintHandling>> complaintHandlings(const Database& db);
};

} // namespace csc
