// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoContext.h"
#include "DemoProcesses.h"
#include "DemoRoster.h"
#include "core/domain/AuditedWrite.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace csc {

Status DemoGenerator::generate(Database& db, const DemoOptions& options)
{
    if (options.years < 1 || options.years > 30)
        return Error { tr("The demo spans 1 to 30 years, not %1.").arg(options.years), {} };
    // The whole demo is one audited write: a failure half-way leaves the file as it was.
    return auditedWrite(db, std::nullopt, [&](WriteScope& w) -> Status {
        DemoContext context {
            db, QRandomGenerator(options.seed), options.years, options.asOf, {}, {}, {}
        };
        const QDate start = options.asOf.addYears(-options.years);
        context.firstMonth = QDate(start.year(), start.month(), 1);
        context.bench = options.scale == DemoOptions::Scale::Bench;

        for (auto populate :
             { &DemoRoster::populate, &DemoPerformance::populate, &DemoMeetings::populate,
               &DemoCases::populate, &DemoProcesses::populate }) {
            if (auto s = populate(context); !s)
                return s;
        }
        return w.audit(
            QStringLiteral("database"), QStringLiteral("demo"), QStringLiteral("create"),
            { { QStringLiteral("seed"), {}, options.seed },
              { QStringLiteral("years"), {}, options.years },
              { QStringLiteral("scale"),
                {},
                options.scale == DemoOptions::Scale::Bench ? QStringLiteral("bench")
                                                           : QStringLiteral("realistic") },
              { QStringLiteral("asOf"), {}, options.asOf.toString(Qt::ISODate) } });
    });
}

Status DemoGenerator::generateFile(const QString& path, const DemoOptions& options)
{
    if (QFileInfo::exists(path))
        return Error { tr("“%1” already exists; the demo generator only writes new files.")
                           .arg(QDir::toNativeSeparators(path)),
                       {} };
    auto db = Database::create(path);
    if (!db)
        return db.error();
    db.value()->setSession({ tr("Demo generator"), Role::Secretariat, 0 });
    return generate(*db.value(), options);
}

} // namespace csc
