// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/AuditedWrite.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace csc {

class Database;

// The one guard of an undo or redo: the write applies only if the row still holds the value
// the step expects (what it wrote, or what it found). Another window, a merged review copy or
// the command line may have changed it since; overwriting that silently would lose their work.
class CompareAndSet
{
    Q_DECLARE_TR_FUNCTIONS(CompareAndSet)

public:
    // The refusal, naming what changed ("Edit work item “Charter review”").
    static Error changedElsewhere(const QString& what);

    // Reads the current value, compares it with `expected`, writes `wanted`, and returns the
    // value read back after the write: all in one transaction, so nothing slips in between.
    // The write itself checks the session's permission and records the audit entry.
    template<typename Value, typename Read, typename Write, typename Equal = std::equal_to<Value>>
    static Result<Value> apply(Database& db, const QString& what, const Value& expected,
                               const Value& wanted, Read&& read, Write&& write, Equal equal = {})
    {
        if (db.isReadOnly()) {
            // The write says why nothing can be changed, in its own words (its permission
            // first), as it would without this guard.
            if (Status s = write(wanted); !s)
                return s.error();
        }
        return auditedWrite(db, std::nullopt, [&](WriteScope&) -> Result<Value> {
            Result<Value> current = read();
            if (!current)
                return current.error();
            if (!equal(current.value(), expected))
                return changedElsewhere(what);
            if (Status s = write(wanted); !s)
                return s.error();
            return read();
        });
    }
};

} // namespace csc
