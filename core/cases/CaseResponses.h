// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace csc {

class Database;

// Response events on a step that waits for someone (the IFO, the Ombudsman, a mediator, a
// panel): received on a day, with its document, judged on time or late against the step's due
// date; or no response by the due date. Recorded once per entry into a step and never changed.
class CaseResponses
{
    Q_DECLARE_TR_FUNCTIONS(CaseResponses)

public:
    // The response to the case's current step; needs a document (a file or one stored already).
    static Result<qint64> recordReceived(Database& db, qint64 caseId, QDate receivedOn,
                                         const QString& documentPath, qint64 documentId = 0,
                                         const QString& note = {});
    // No response by the due date: refused before the due date has passed (on `asOf`).
    static Result<qint64> recordNone(Database& db, qint64 caseId, QDate asOf,
                                     const QString& note = {});

    // The response recorded for the step `c` is at now, if any.
    static Result<std::optional<CaseResponse>> current(const Database& db, const CaseSummary& c);
    static Result<QList<CaseResponse>> ofCase(const Database& db, qint64 caseId);

    // "no response by 2026-11-28": the note a move made without the response carries.
    static QString noResponseNote(QDate due);
};

} // namespace csc
