// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Database.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

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
    const QByteArray sql = file.readAll();
    char* message = nullptr;
    // Qt runs one statement per exec(); a schema script is many, so it goes to SQLite directly.
    const int rc = sqlite3_exec(db.handle(), sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc))
            + QLatin1String(" in ") + resourcePath;
        sqlite3_free(message);
        return Error { QCoreApplication::translate("csc::Migrations",
                                                   "The database schema could not be created."),
                       detail };
    }
    return {};
}

} // namespace csc
