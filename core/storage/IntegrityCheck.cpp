// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityCheck.h"

#include "AuditCheck.h"
#include "AuditLog.h"
#include "Database.h"
#include "FileCheck.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace csc {

namespace {

int interruptWhenCancelled(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

} // namespace

Result<IntegrityReport> IntegrityCheck::run(const QString& path, const std::atomic_bool* cancel)
{
    Database::Options options;
    options.readOnly = true;
    // integrity_check below is quick_check and more: no second pass over the file first.
    auto opened = FileCheck::open(path, options, FileCheck::When::Never);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    if (cancel && db.handle())
        sqlite3_progress_handler(db.handle(), 1000, interruptWhenCancelled,
                                 const_cast<std::atomic_bool*>(cancel));
    IntegrityReport report;
    const auto cancelled = [&] { return cancel && cancel->load(); };

    QSqlQuery q(db.connection());
    // At most 20 findings: enough to say what is wrong, no flood for a wrecked file.
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(20)"))) {
        if (cancelled()) {
            report.cancelled = true;
            return report;
        }
        report.databaseProblems << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.databaseProblems << line;
        }
    }
    q.finish();
    if (cancelled()) {
        report.cancelled = true;
        return report;
    }
    // The whole audit check: the chain, the heads this database published, the triggers.
    auto audit = AuditCheck::run(db);
    if (cancelled()) {
        report.cancelled = true;
        return report;
    }
    if (!audit) {
        report.auditIntact = false;
        report.auditProblem = audit.error().fullText();
    } else if (!audit.value().intact()) {
        report.auditIntact = false;
        report.auditProblem = audit.value().problems.join(QLatin1Char(' '));
    }
    return report;
}

} // namespace csc
