// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// Opening, reading, publishing and archiving cases. Writes check the session's
// permission and are audited in the same transaction; readers never see what the
// session's role may not (observers get no confidential case).
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    // Refuses delegation / re-delegation disputes with the reason. New cases are confidential.
    static Result<qint64> create(Database& db, const NewCase& newCase);

    static Result<CaseSummary> summary(const Database& db, qint64 caseId);
    static Result<qint64> idOfReference(const Database& db, const QString& reference);
    static Result<QList<CaseSummary>> list(const Database& db, const CaseListFilter& filter = {});
    // The archived cases a page at a time (`limit` from `offset`, in reference order): the
    // board shows the cases on it first and fetches its archive behind them.
    static Result<QList<CaseSummary>> archivedPage(const Database& db, int offset, int limit);
    // The cases of `ids` the session may see; missing or hidden ones are left out.
    static Result<QList<CaseSummary>> summaries(const Database& db, const QList<qint64>& ids);
    static Result<CaseDetail> detail(const Database& db, qint64 caseId);

    // Escalations and remedial actions in progress on `asOf`, for public reports:
    // no exercise, no emergency log, and the title only of cases made public.
    static Result<QList<PublicEscalationSummary>> publicEscalationSummaries(const Database& db,
                                                                            QDate asOf);

    // The explicit decision to make a case public (consent of the parties required) or confidential
    // again.
    static Status setPublic(Database& db, qint64 caseId, bool makePublic, const QString& consent);
    // Closed cases go to the archive (still searchable); restoring takes them back to the board.
    static Status setArchived(Database& db, qint64 caseId, bool archived);
    static Status link(Database& db, qint64 fromCaseId, qint64 toCaseId);

    // The service level catalogue, for filters and the new-case form.
    static Result<QList<ServiceLevelRef>> serviceLevels(const Database& db);
};

} // namespace csc
