// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csc {

class Database;

// The months the committee has rated. A rated month is a record: nothing that would change its
// evaluation (figures, new, amended or retired service levels) may touch it until the chair
// reopens the rating by a recorded decision (Findings::reopen).
class RatedMonths
{
    Q_DECLARE_TR_FUNCTIONS(RatedMonths)

public:
    static Result<bool> isRated(const Database& db, QDate month);
    // The last month with a decided rating (invalid when none).
    static Result<QDate> last(const Database& db);
    // Of `months`, those rated, oldest first.
    static Result<QList<QDate>> among(const Database& db, const QList<QDate>& months);

    // Refuses a change to figures of rated months: names the months and what to do.
    static Status refuseFigureChange(const Database& db, const QList<QDate>& months);
    // Refuses a catalogue change that would take effect in `from` (and every later month) when
    // a month from `from` on is rated; `what` names the change ("A new service level").
    static Status refuseCatalogueChange(const Database& db, QDate from, const QString& what);
};

} // namespace csc
