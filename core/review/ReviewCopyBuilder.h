// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review/IssuedCopies.h"
#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// Builds one review copy so that nothing unredacted ever reaches the disk and nothing at all
// reaches the target path before the copy is complete: the committee is copied into memory,
// cleaned and redacted there (secure delete on), written by VACUUM INTO to a private temporary
// file (mode 0600) beside the target, checked, and only then renamed into place (never over an
// existing file). A failure, a signal or SIGKILL at any point leaves nothing at the target; a
// killed process may leave its temporary file beside it, which holds only redacted content.
class ReviewCopyBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopy)
    Q_DISABLE_COPY_MOVE(ReviewCopyBuilder)

public:
    explicit ReviewCopyBuilder(const QString& targetPath);
    ~ReviewCopyBuilder(); // removes the temporary file unless it was placed

    struct Built
    {
        AuditHead head; // the committee's audit head the copy was taken at
        qint64 baseRevision = 0;
    };
    // Writes and checks the temporary file for `copy` (its baseRevision is filled in by the
    // snapshot: see Built).
    Result<Built> build(const Database& committee, IssuedCopy& copy);
    // Renames the checked file to the target; refuses to replace an existing file.
    Status place();

private:
    Status check(const IssuedCopy& copy) const;

    QString m_target;
    QString m_temp;
    bool m_placed = false;
};

} // namespace csc
