// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/duties/DutyTypes.h"
#include "core/rules/BusinessCalendar.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// How the IFO's handling of one complaint measures against its own procedure.
struct IfoHandlingCheck
{
    DeadlineStatus receipt; // acknowledged within 1 business day
    DeadlineStatus response; // substantive response within 2 business days
};

// What the IFO tells the committee about its own complaint procedure (domain.md §7): periodic
// summaries of escalated naming complaints (counts per kind, read for patterns) and, when it
// gives them, the handling times of a complaint.
class IfoComplaints
{
    Q_DECLARE_TR_FUNCTIONS(IfoComplaints)

public:
    static constexpr int kReceiptBusinessDays = 1;
    static constexpr int kResponseBusinessDays = 2;

    static Result<qint64> addSummary(Database& db, const IfoComplaintSummary& summary);
    static Result<QList<IfoComplaintSummary>> summaries(const Database& db);
    // Escalated complaints per kind over the summaries whose period overlaps [from, to]:
    // what the patterns view adds to the committee's own cases.
    static Result<QList<QPair<QString, int>>> escalatedCounts(const Database& db, QDate from,
                                                              QDate to);

    static Result<qint64> addHandling(Database& db, const IfoComplaintHandling& handling);
    static Result<QList<IfoComplaintHandling>> handlings(const Database& db);
    static IfoHandlingCheck check(const BusinessCalendar& calendar,
                                  const IfoComplaintHandling& handling, QDate today);
};

} // namespace csc
