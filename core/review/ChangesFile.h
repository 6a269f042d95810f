// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AuditLog.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csc {

class Database;

// What a member sends back from a review copy: who, from which committee and
// schema, taken at which revision and audit head, and the changeset itself.
// Written as a short header, a JSON description and the changeset, sealed with
// an HMAC-SHA256 over all of them made with the secret of the copy it was
// written in: only that copy could have written it, and any edit (of the
// header too) breaks the seal.
struct ChangesFile
{
    Q_DECLARE_TR_FUNCTIONS(ChangesFile)

public:
    QString changesId; // UUID: merging the same file twice is recognised
    QString committeeId; // the committee database the copy was taken from
    QString copyId; // the review copy the changes were made in
    int schemaVersion = 0;
    qint64 baseRevision = 0; // the committee's last audit entry when the copy was taken
    AuditHead auditHead; // the committee's audit head when the copy was taken
    QString author;
    qint64 memberId = 0;
    QDateTime createdUtc;
    QByteArray changeset;

    // Writes the file sealed with `secret` (the copy's, as stored: 64 hex digits).
    Status write(const QString& path, const QString& secret) const;
    static Result<ChangesFile> read(const QString& path);
    // Parses the bytes of a changes file; `shownName` names it in messages. The
    // seal is read, not checked: only the database that issued the copy knows its secret.
    static Result<ChangesFile> parse(const QByteArray& bytes, const QString& shownName);

    // True when the seal was made with `secret` over exactly these bytes.
    bool sealMatches(const QString& secret) const;

    // Refuses a file of another committee or of a newer schema, naming why.
    Status checkBelongsTo(const Database& db, const QString& path) const;

private:
    static QByteArray sealOf(const QString& secret, const QByteArray& signedBytes);

    QByteArray m_signedBytes; // what the seal covers, as read
    QByteArray m_seal; // the seal as read (raw bytes)
};

} // namespace csc
