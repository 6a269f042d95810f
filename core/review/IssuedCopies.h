// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Session.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace csc {

class Database;

// A review copy as the committee database recorded it when issuing it: to whom, in which role,
// at which revision, and the secret that seals the changes written in it.
struct IssuedCopy
{
    QString copyId;
    qint64 memberId = 0;
    QString memberName;
    Role role = Role::Observer;
    qint64 baseRevision = 0;
    QString secret; // 64 hex digits (256 random bits)
    QDateTime issuedUtc;
    QString issuedBy;
};

// The committee's register of the review copies it issued (table review_issued_copy).
class IssuedCopies
{
    Q_DECLARE_TR_FUNCTIONS(IssuedCopies)

public:
    // A fresh secret from the system's random source.
    static QString newSecret();

    // Records the copy with its audit entry (the secret stays out of the audit trail).
    static Status record(Database& committee, const IssuedCopy& copy);
    static Result<std::optional<IssuedCopy>> find(const Database& committee, const QString& copyId);
};

} // namespace csc
