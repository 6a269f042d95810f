// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// What a panel found, as the committee records it.
struct FindingRequest
{
    qint64 appealCaseId = 0;
    PanelFinding finding = PanelFinding::NoBreach;
    int remedyDays = 0; // calendar days, for a remediable breach
    QDate decidedOn; // invalid: today
    QString publicText; // the finding's public text, separate from the confidential case
    QString documentPath; // the panel's finding...
    qint64 documentId = 0; // ...or a document stored already
};

// The hand-overs between processes as real links (domain.md §3b step 6, §3c step 5, §3d):
// a complaint's systemic failure opens a linked Problem Management case; an appeal step opens a
// linked Independent Appeals Panel case; the panel's finding returns to the case it came from
// and moves it (resolved, remedy period, further escalation). Each in one audited transaction.
class CaseHandOver
{
    Q_DECLARE_TR_FUNCTIONS(CaseHandOver)

public:
    // From complaint step 6: the new case carries the complaint's service level, operator, TLD,
    // category and a reference to it. Returns the new case's id.
    // `openedOn` invalid: today.
    static Result<qint64> openProblemManagement(Database& db, qint64 complaintId,
                                                const QString& note = {}, QDate openedOn = {});
    // From the appeal step of a complaint or a Problem Management case.
    static Result<qint64> openAppealsPanel(Database& db, qint64 originId, const QString& note = {},
                                           QDate openedOn = {});
    // Records the finding on the panel case, moves it, and moves the origin case with it.
    static Status recordFinding(Database& db, const FindingRequest& request);
    // The finding's public text is published (a public output); recorded once, audited.
    static Status publishFinding(Database& db, qint64 appealCaseId);

    static Result<AppealFinding> finding(const Database& db, qint64 appealCaseId);
    // The panel cases whose finding was published (never an exercise), oldest finding first.
    static Result<QList<qint64>> publishedFindings(const Database& db);
    // The case a panel case was opened from (0: none).
    static Result<qint64> originOf(const Database& db, qint64 appealCaseId);

    static QString findingKey(PanelFinding finding); // no_breach, remediable, not_remediable
    static Result<PanelFinding> findingFromKey(const QString& key);
    static QString findingName(PanelFinding finding); // translated
};

} // namespace csc
