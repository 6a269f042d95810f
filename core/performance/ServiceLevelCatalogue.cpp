// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceLevelCatalogue.h"

#include "CatalogueStore.h"
#include "RatedMonths.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"

namespace csc {

namespace {

Status validateVersion(const ServiceLevelVersion& v)
{
    if (!v.effectiveFrom.isValid() || v.effectiveFrom.day() != 1)
        return Error { ServiceLevelCatalogue::tr("A version needs the month it takes effect."),
                       {} };
    if (!(v.threshold > 0))
        return Error { ServiceLevelCatalogue::tr("The threshold must be a positive duration."),
                       {} };
    if (!(v.targetPercent > 0 && v.targetPercent <= 100))
        return Error {
            ServiceLevelCatalogue::tr("The compliance target must be between 0 and 100%."), {}
        };
    return {};
}

} // namespace

Result<QList<ServiceLevel>> ServiceLevelCatalogue::all(const Database& db)
{
    return CatalogueStore::serviceLevels(db);
}

Result<ServiceLevel> ServiceLevelCatalogue::byId(const Database& db, qint64 id)
{
    auto levels = all(db);
    if (!levels)
        return levels.error();
    for (const ServiceLevel& l : levels.value()) {
        if (l.id == id)
            return l;
    }
    return Error { tr("There is no service level number %1.").arg(id), {} };
}

Result<qint64> ServiceLevelCatalogue::create(Database& db, const QString& category,
                                             const QString& metric,
                                             const ServiceLevelVersion& firstVersion)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (!SleText::categories().contains(category))
        return Error { tr("“%1” is not a process category (I to V).").arg(category), {} };
    if (metric.trimmed().isEmpty())
        return Error { tr("A service level needs a metric name."), {} };
    if (auto s = validateVersion(firstVersion); !s)
        return s.error();
    // A level added from a rated month would change that month's "n of N".
    if (auto s = RatedMonths::refuseCatalogueChange(db, firstVersion.effectiveFrom,
                                                    tr("A new service level"));
        !s)
        return s.error();
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        auto exists = CatalogueStore::hasMetric(db, category, metric.trimmed());
        if (!exists)
            return exists.error();
        if (exists.value())
            return Error {
                tr("Category %1 already has a metric “%2”.").arg(category, metric.trimmed()), {}
            };
        auto position = CatalogueStore::nextPosition(db, category);
        if (!position)
            return position.error();
        auto id
            = CatalogueStore::insertServiceLevel(w, category, metric.trimmed(), position.value());
        if (!id)
            return id;
        if (auto v = CatalogueStore::insertVersion(w, id.value(), firstVersion, 0); !v)
            return v.error();
        return id;
    });
}

Result<QDate> ServiceLevelCatalogue::lastRatedMonth(const Database& db)
{
    return RatedMonths::last(db);
}

Result<qint64>
ServiceLevelCatalogue::amend(Database& db, const ChangeRequest& request,
                             const QList<QPair<qint64, ServiceLevelVersion>>& newVersions)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (request.title.trimmed().isEmpty())
        return Error { tr("A change request needs a title."), {} };
    if (!request.effectiveFrom.isValid())
        return Error { tr("A change request needs the month it takes effect."), {} };
    if (newVersions.isEmpty())
        return Error { tr("A change request must change at least one service level."), {} };
    if (auto s = RatedMonths::refuseCatalogueChange(db, request.effectiveFrom, tr("A change")); !s)
        return s.error();
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        auto requestId = CatalogueStore::insertChangeRequest(w, request);
        if (!requestId)
            return requestId;
        for (const auto& [levelId, definition] : newVersions) {
            ServiceLevelVersion v = definition;
            v.effectiveFrom = request.effectiveFrom;
            if (auto s = validateVersion(v); !s)
                return s.error();
            auto latest = CatalogueStore::latestVersion(db, levelId);
            if (!latest)
                return latest.error();
            if (!latest.value())
                return Error { tr("There is no service level number %1.").arg(levelId), {} };
            if (*latest.value() >= SleMonth::of(v.effectiveFrom))
                return Error { tr("Service level %1 already has a version from %2; a new one "
                                  "must start later.")
                                   .arg(levelId)
                                   .arg(SleMonth::display(*latest.value())),
                               {} };
            if (auto id = CatalogueStore::insertVersion(w, levelId, v, requestId.value()); !id)
                return id.error();
        }
        return requestId;
    });
}

Status ServiceLevelCatalogue::rename(Database& db, qint64 id, const QString& metric)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    if (metric.trimmed().isEmpty())
        return Error { tr("A service level needs a metric name."), {} };
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        auto old = CatalogueStore::metricOf(db, id);
        if (!old)
            return old.error();
        if (auto s = CatalogueStore::renameServiceLevel(w, id, old.value(), metric.trimmed()); !s)
            return Error {
                tr("Could not rename the metric; is the name already used in its category?"),
                s.error().detail
            };
        return {};
    });
}

Status ServiceLevelCatalogue::retire(Database& db, qint64 id, QDate month)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        auto old = CatalogueStore::retiredFrom(db, id);
        if (!old)
            return old.error();
        // Retiring from a month, or bringing a level back from the month it was retired,
        // changes every month from then on: none of them may be rated.
        const QDate oldMonth = old.value();
        if (month.isValid()) {
            if (auto s
                = RatedMonths::refuseCatalogueChange(db, month, tr("Retiring a service level"));
                !s)
                return s;
        } else if (oldMonth.isValid()) {
            if (auto s = RatedMonths::refuseCatalogueChange(
                    db, oldMonth, tr("Bringing back a retired service level"));
                !s)
                return s;
        }
        return CatalogueStore::setRetiredFrom(w, id, oldMonth,
                                              month.isValid() ? SleMonth::of(month) : QDate());
    });
}

Result<QList<ChangeRequest>> ServiceLevelCatalogue::changeRequests(const Database& db)
{
    return CatalogueStore::changeRequests(db);
}

} // namespace csc
