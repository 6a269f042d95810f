// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>

namespace csc {

// The thorough check of a database file, made after it was opened: SQLite's
// integrity_check (which, unlike the quick_check done when opening, compares every
// index with its table, so one flipped byte in a row's text is found) and the audit
// chain. Runs on its own read-only connection, so it may run on any thread.
struct IntegrityReport
{
    QStringList databaseProblems; // integrity_check's findings; empty when "ok"
    bool auditIntact = true;
    QString auditProblem; // translated
    bool cancelled = false;
    QString checkError; // the check itself could not run (no conclusion either way)

    bool ok() const { return databaseProblems.isEmpty() && auditIntact; }
};

class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    // `cancel` set from another thread stops the check early (the report then says cancelled).
    static Result<IntegrityReport> run(const QString& path,
                                       const std::atomic_bool* cancel = nullptr);
};

} // namespace csc
