// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

namespace csc {

class Database;

// Complaints about one service level that reached the threshold within the window
// (CommitteeSettings: 3 within 90 days by default): a Problem Management case is due.
struct ComplaintPattern
{
    qint64 serviceLevelId = 0;
    QString serviceLevelLabel;
    QDate windowStart;
    QDate windowEnd;
    QList<qint64> caseIds;
    QStringList references;
};

// Complaints per month for one row of the patterns view (a service level or a category).
struct PatternSeries
{
    QString key;
    QString label;
    QList<int> perMonth; // one count per month from the first month asked for
    int total = 0;
};

// Patterns in the complaints: never counting exercises, and complaints already
// taken up by a Problem Management case do not suggest another one.
class ComplaintPatterns
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintPatterns)

public:
    static Result<QList<ComplaintPattern>> suggestions(const Database& db, QDate asOf);
    static Result<QList<PatternSeries>> byServiceLevel(const Database& db, QDate firstMonth,
                                                       int months);
    static Result<QList<PatternSeries>> byCategory(const Database& db, QDate firstMonth,
                                                   int months);

    // Opens the Problem Management case a pattern suggests, linked to its complaints.
    static Result<qint64> openProblemCase(Database& db, const ComplaintPattern& pattern,
                                          QDate openedOn = {});
};

} // namespace csc
