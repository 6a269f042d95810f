// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace csc {

class Database;

// One escalation in progress that the committee made public by a recorded decision.
struct EscalationSummary
{
    QString reference;
    QString title;
    QString process;
    QString step;
    QDate opened;
};

// How many confidential escalations are at one step of one process: all the public report
// says about them (no reference, title or date).
struct EscalationCount
{
    QString process;
    QString step;
    int cases = 0;
};

// The report of escalations in the monthly findings (issue 10 item 4): details only for cases
// made public by a recorded decision (case_publication), counts per process and step for the
// confidential ones. Exercise cases are left out entirely: they are neither public nor statistics.
struct EscalationReport
{
    Q_DECLARE_TR_FUNCTIONS(EscalationReport)

public:
    QList<EscalationSummary> publicCases;
    QList<EscalationCount> confidentialCounts; // by process, then step, in procedure order

    bool isEmpty() const { return publicCases.isEmpty() && confidentialCounts.isEmpty(); }
    int confidentialTotal() const;

    // The escalations (not Root Zone Emergency logs) in progress on `asOf`.
    static Result<EscalationReport> inProgress(const Database& db, QDate asOf);
};

} // namespace csc
