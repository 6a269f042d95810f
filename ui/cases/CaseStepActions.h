// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

namespace csc {

class Database;

// The step actions that are records rather than undoable edits: a response (received or none by
// the due date) and the hand-overs between processes (open a linked Problem Management or
// Independent Appeals Panel case, record and publish a panel's finding). Each asks what core
// needs and shows core's refusal; returns the case to show afterwards (0: nothing changed).
class CaseStepActions
{
    Q_DECLARE_TR_FUNCTIONS(CaseStepActions)

public:
    static qint64 recordResponse(QWidget* parent, Database& db, qint64 caseId);
    static qint64 handOver(QWidget* parent, Database& db, qint64 caseId);

private:
    static qint64 recordFinding(QWidget* parent, Database& db, qint64 caseId);
};

} // namespace csc
