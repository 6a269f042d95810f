// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csc {

class Database;

// A member's change that a merge did not force in, kept with its reason.
struct KeptChange
{
    qint64 id = 0;
    QString author;
    QString description;
    QString reason;
    QDateTime recordedUtc;
};

// The secretariat's decisions on kept changes: each is dismissed (the member is
// told outside the app) and leaves the list; the record of it stays.
class KeptChanges
{
    Q_DECLARE_TR_FUNCTIONS(KeptChanges)

public:
    // Changes still waiting for a decision, oldest first.
    static Result<QList<KeptChange>> pending(const Database& db);
    // Needs ExportReviewCopies (the secretariat or the chair); audited.
    static Status dismiss(Database& db, qint64 id, const QString& why);
};

} // namespace csc
