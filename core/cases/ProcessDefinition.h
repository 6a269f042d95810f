// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/CaseTypes.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace csc {

// How the period of a step is set: by a committee setting, or when entering the
// step (remedial action within a specified period, a panel's remedy days). The unit each
// rule counts in is in DeadlineRules (one table in core).
enum class DeadlineRule {
    None,
    WrittenResponse,
    SignificantFailureResponse,
    EnteredDays,
    PanelRemedyDays,
    MinutesPublication, // the committee's own deadline; no case step uses it
};

struct StepDefinition
{
    QString key; // stored in case_record.step
    QString name; // translated
    QString actor; // who acts at this step (translated)
    QString summary; // what happens (translated)
    DeadlineRule deadline = DeadlineRule::None;
    bool isEnd = false;
    QString endState; // resolved, withdrawn, redirected, recorded, finding
    bool invokesEscalation = false; // entering it invokes remedial action (domain.md §6)
    // Who the step waits for ("" = nobody): a response is then recorded as received (on time
    // or late) or as none by the due date, and the next step no longer needs the document.
    QString awaits = {};
};

struct MoveDefinition
{
    QString from;
    QString to;
    QString label; // "Request written response" (translated)
    bool needsNote = false;
    QString documentKind; // the document the move needs ("" = none), translated
};

// One escalation process as data: its steps, legal moves, who acts, what each
// move needs and each step's deadline rule. The UI reads these; core enforces them.
class ProcessDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ProcessDefinition)

public:
    CaseProcess process = CaseProcess::Complaint;
    QString key; // stored in case_record.process
    QString name; // translated
    QString summary;
    bool committeeActs = true;
    QList<StepDefinition> steps;
    QList<MoveDefinition> moves;

    const StepDefinition* step(const QString& key) const;
    const MoveDefinition* move(const QString& from, const QString& to) const;
    QList<MoveDefinition> movesFrom(const QString& from) const;
    QString firstStep() const { return steps.isEmpty() ? QString() : steps.first().key; }
    QString stepName(const QString& key) const;

    // Success when `from` -> `to` is a legal move; otherwise the reason, for the user.
    Status checkMove(const QString& from, const QString& to) const;

    static const ProcessDefinition& of(CaseProcess process);
    static const ProcessDefinition* fromKey(const QString& key);
    static QString keyOf(CaseProcess process) { return of(process).key; }
    static const QList<CaseProcess>& all();

    // Marks `stepKey` as waiting for `who` (the process files list steps positionally).
    void setAwaits(const char* stepKey, const QString& who);
};

// Each process is defined in its own file.
ProcessDefinition complaintProcess();
ProcessDefinition problemManagementProcess();
ProcessDefinition rootZoneEmergencyProcess();
ProcessDefinition appealsPanelProcess();

} // namespace csc
