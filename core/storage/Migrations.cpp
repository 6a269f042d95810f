// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QFile>

namespace csc {

const QList<Migration>& Migrations::steps()
{
    static const QList<Migration> kSteps {
        { 1, { QStringLiteral(":/csc/sql/001_foundation.sql") } },
        { 2,
          { QStringLiteral(":/csc/sql/002_committee.sql"),
            QStringLiteral(":/csc/sql/002_performance.sql"),
            QStringLiteral(":/csc/sql/002_cases.sql"), QStringLiteral(":/csc/sql/002_meetings.sql"),
            QStringLiteral(":/csc/sql/002_review.sql") } },
        { 3,
          { QStringLiteral(":/csc/sql/003_trust.sql"), QStringLiteral(":/csc/sql/003_public.sql"),
            QStringLiteral(":/csc/sql/003_processes.sql"),
            QStringLiteral(":/csc/sql/003_setup.sql"), QStringLiteral(":/csc/sql/003_desktop.sql"),
            QStringLiteral(":/csc/sql/003_conf.sql"),
            QStringLiteral(":/csc/sql/003_findings.sql") } },
    };
    return kSteps;
}

Status Migrations::runScript(Database& db, const QString& resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("csc::Migrations",
                                                   "A schema script is missing from this build."),
                       resourcePath };
    return SqlDialect::of(db).runScript(db, file.readAll(), resourcePath);
}

Status Migrations::run(Database& db, const Migration& step)
{
    for (const QString& script : step.scripts) {
        if (auto s = runScript(db, script); !s)
            return s;
    }
    return step.code ? step.code(db) : Status {};
}

} // namespace csc
