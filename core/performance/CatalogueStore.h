// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServiceLevel.h"
#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace csc {

class Database;
class WriteScope;

// The service level catalogue's rows: levels, their versions, change requests. Part of the
// performance store: its SQL is in FigureStore.cpp. Writes take the WriteScope of the
// caller's one audited write and record their own audit entries.
class CatalogueStore
{
public:
    // Every level with its versions, by category then position.
    static Result<QList<ServiceLevel>> serviceLevels(const Database& db);
    static Result<int> serviceLevelCount(const Database& db);
    static Result<bool> hasMetric(const Database& db, const QString& category,
                                  const QString& metric);
    static Result<int> nextPosition(const Database& db, const QString& category);
    // The newest version's month of a level; nullopt when the level has none (no such level).
    static Result<std::optional<QDate>> latestVersion(const Database& db, qint64 levelId);
    static Result<QString> metricOf(const Database& db, qint64 levelId);
    static Result<QDate> retiredFrom(const Database& db, qint64 levelId);
    static Result<QList<ChangeRequest>> changeRequests(const Database& db);

    static Result<qint64> insertServiceLevel(WriteScope& w, const QString& category,
                                             const QString& metric, int position);
    static Result<qint64> insertVersion(WriteScope& w, qint64 levelId,
                                        const ServiceLevelVersion& version, qint64 requestId);
    static Result<qint64> insertChangeRequest(WriteScope& w, const ChangeRequest& request);
    static Status renameServiceLevel(WriteScope& w, qint64 levelId, const QString& oldMetric,
                                     const QString& metric);
    static Status setRetiredFrom(WriteScope& w, qint64 levelId, QDate old, QDate month);
};

} // namespace csc
