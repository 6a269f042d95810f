// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityCheck.h"

#include "AuditCheck.h"
#include "AuditLog.h"
#include "Database.h"
#include "FileCheck.h"
#include "SqlDialect.h"

namespace csc {

Result<IntegrityReport> IntegrityCheck::run(const QString& path, const std::atomic_bool* cancel)
{
    Database::Options options;
    options.readOnly = true;
    // integrity_check below is quick_check and more: no second pass over the file first.
    auto opened = FileCheck::open(path, options, FileCheck::When::Never);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();
    const SqlDialect& dialect = SqlDialect::of(db);
    if (cancel)
        dialect.setCancelFlag(db, cancel);
    IntegrityReport report;
    const auto cancelled = [&] { return cancel && cancel->load(); };

    // At most 20 findings: enough to say what is wrong, no flood for a wrecked file.
    auto problems = dialect.integrityProblems(db, 20);
    if (!problems) {
        if (cancelled()) {
            report.cancelled = true;
            return report;
        }
        report.databaseProblems << problems.error().message;
    } else {
        report.databaseProblems << problems.value();
    }
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
