// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersistentMissCases.h"

#include "CaseRepository.h"
#include "core/cases/CaseStore.h"
#include "core/domain/Permissions.h"
#include "core/storage/Database.h"

#include <QLocale>

namespace csc {

Result<qint64> PersistentMissCases::openCaseFor(const Database& db, qint64 serviceLevelId)
{
    // Read for the session's role like every case read: a case it may not see is not
    // returned (exercises are never the committee's answer to a miss).
    return CaseStore::openProblemCaseFor(db, serviceLevelId);
}

Result<qint64> PersistentMissCases::open(Database& db, qint64 serviceLevelId,
                                         const QString& metricLabel,
                                         const QList<QDate>& missedMonths, QDate openedOn)
{
    // Only a role that may open cases gets this far, so the open case it looks for is one
    // it can see.
    if (auto p = Permissions::check(db.session(), Permission::EditCases); !p)
        return p.error();
    auto existing = openCaseFor(db, serviceLevelId);
    if (!existing)
        return existing.error();
    if (existing.value() != 0)
        return existing.value();
    QStringList months;
    for (const QDate& m : missedMonths)
        months << QLocale().toString(m, QStringLiteral("MMMM yyyy"));
    NewCase c;
    c.process = CaseProcess::ProblemManagement;
    c.title = tr("Persistent miss: %1").arg(metricLabel);
    c.description = tr("The committee's evaluation found this service level missed in %n recent "
                       "month(s): %1.",
                       nullptr, int(missedMonths.size()))
                        .arg(months.join(QLatin1String(", ")));
    c.complainant = tr("Customer Standing Committee");
    c.category = QStringLiteral("other");
    c.serviceLevelId = serviceLevelId;
    c.openedOn = openedOn;
    return CaseRepository::create(db, c);
}

} // namespace csc
