// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csc {

class Database;

// What a member sends back from a review copy: who, from which committee and
// schema, taken at which revision, and the changeset itself. Written as a short
// header, a JSON description and the changeset, sealed with a SHA-256.
struct ChangesFile
{
    Q_DECLARE_TR_FUNCTIONS(ChangesFile)

public:
    QString changesId; // UUID: merging the same file twice is recognised
    QString committeeId; // the committee database the copy was taken from
    QString copyId; // the review copy the changes were made in
    int schemaVersion = 0;
    qint64 baseRevision = 0; // the committee's last audit entry when the copy was taken
    QString author;
    qint64 memberId = 0;
    QDateTime createdUtc;
    QByteArray changeset;

    Status write(const QString& path) const;
    static Result<ChangesFile> read(const QString& path);
    // Parses the bytes of a changes file; `shownName` names it in messages.
    static Result<ChangesFile> parse(const QByteArray& bytes, const QString& shownName);

    // Refuses a file of another committee or of a newer schema, naming why.
    Status checkBelongsTo(const Database& db, const QString& path) const;
};

} // namespace csc
