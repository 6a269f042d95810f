// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace csc {

class Database;

// A head to check the chain against, and where it was found.
struct KnownHead
{
    AuditHead head;
    QString source; // translated, for the report ("the head given", "the head in “x.pdf”")
};

struct AuditReport
{
    AuditVerification chain; // the entry-by-entry check (AuditLog::verify)
    QStringList problems; // translated: every problem found (the chain, the heads, the triggers)
    int headsChecked = 0; // heads compared with the chain (noted ones and those given)
    qint64 lastMatchingHead = 0; // the newest head still matching the chain (its entry count)
    bool intact() const { return problems.isEmpty(); }
};

// The whole audit check: the hash chain entry by entry, then the chain against every head this
// database noted when something left it (AuditAnchors) and the heads given (from documents or
// copies kept outside), and that the append-only triggers are there as the schema made them. A
// head names a rewrite with recomputed hashes (its entry no longer has its hash) and a cut tail
// (its entry is gone), which the entry-by-entry check cannot see.
class AuditCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheck)

public:
    static Result<AuditReport> run(const Database& db, const QList<KnownHead>& givenHeads = {});

private:
    static Status checkHeads(const Database& db, const QList<KnownHead>& heads,
                             AuditReport& report);
    static Status checkTriggers(const Database& db, AuditReport& report);
};

} // namespace csc
