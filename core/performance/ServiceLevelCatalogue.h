// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceLevel.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// The service level catalogue: read it, add levels, amend them. An amendment
// adds versions effective from a month after every month the committee has
// already rated, so no evaluated month is ever rewritten.
class ServiceLevelCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ServiceLevelCatalogue)

public:
    // Every service level with its versions, by category then position.
    static Result<QList<ServiceLevel>> all(const Database& db);
    static Result<ServiceLevel> byId(const Database& db, qint64 id);

    // A new service level with its first version. Needs ManageCommittee.
    static Result<qint64> create(Database& db, const QString& category, const QString& metric,
                                 const ServiceLevelVersion& firstVersion);
    // Records the change request and one new version per entry (service level id -> definition,
    // effective from request.effectiveFrom). Needs ManageCommittee. Returns the request id.
    static Result<qint64> amend(Database& db, const ChangeRequest& request,
                                const QList<QPair<qint64, ServiceLevelVersion>>& newVersions);
    // Renames a metric (its identity, history and links stay). Needs ManageCommittee.
    static Status rename(Database& db, qint64 id, const QString& metric);
    // From `month` on the level is no longer defined (never deleted). Invalid month: active again.
    static Status retire(Database& db, qint64 id, QDate month);

    static Result<QList<ChangeRequest>> changeRequests(const Database& db);
    // The last month with a decided rating; amendments must start after it.
    static Result<QDate> lastRatedMonth(const Database& db);
};

} // namespace csc
