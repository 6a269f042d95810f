// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace csc {

class Database;

// Documents of a case (the IFO's written response, a mediator's report, a panel
// finding), stored in the database with their SHA-256.
class CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocuments)

public:
    static constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

    // Refuses a missing, unreadable, empty or oversized file with a message naming it.
    static Result<qint64> attachFile(Database& db, qint64 caseId, const QString& path,
                                     const QString& kind);
    static Result<qint64> attachBytes(Database& db, qint64 caseId, const QString& name,
                                      const QString& kind, const QByteArray& content);
    static Result<QByteArray> content(const Database& db, qint64 documentId);
    // A document that belongs to a record other than a case (urgent review evidence, consent,
    // an audit report); audited.
    static Result<qint64> storeFile(Database& db, const QString& path, const QString& kind,
                                    bool confidential = true);
    // The file's bytes, refusing a missing, unreadable or oversized file with its name.
    static Result<QByteArray> readFile(const QString& path);
};

} // namespace csc
