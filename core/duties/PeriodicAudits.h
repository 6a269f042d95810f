// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/duties/DutyTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The 3-yearly independent audit as a tracked process: commissioned, report received, results
// published, community feedback collected, service-level change requests opened from it. Each
// stage in order, audited.
class PeriodicAudits
{
    Q_DECLARE_TR_FUNCTIONS(PeriodicAudits)

public:
    static Result<qint64> commission(Database& db, const QString& organisation, QDate on);
    static Status recordReport(Database& db, qint64 auditId, QDate receivedOn,
                               const QString& documentPath);
    static Status publishResults(Database& db, qint64 auditId, QDate on, const QString& where,
                                 const QString& publicSummary);
    static Status recordFeedback(Database& db, qint64 auditId, QDate closesOn,
                                 const QString& summary);
    // A proposed service-level change request, linked to the audit; returns its id.
    static Result<qint64> openChangeRequest(Database& db, qint64 auditId, const QString& title,
                                            QDate on);

    static Result<QList<PeriodicAudit>> all(const Database& db);
    static Result<PeriodicAudit> get(const Database& db, qint64 auditId);
    // "commissioned", "report received", "results published", "feedback collected" (translated).
    static QString stage(const PeriodicAudit& audit);
};

} // namespace csc
