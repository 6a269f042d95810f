// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessDefinition.h"

#include <QStringList>

namespace csc {

const StepDefinition* ProcessDefinition::step(const QString& stepKey) const
{
    for (const StepDefinition& s : steps) {
        if (s.key == stepKey)
            return &s;
    }
    return nullptr;
}

const MoveDefinition* ProcessDefinition::move(const QString& from, const QString& to) const
{
    for (const MoveDefinition& m : moves) {
        if (m.from == from && m.to == to)
            return &m;
    }
    return nullptr;
}

QList<MoveDefinition> ProcessDefinition::movesFrom(const QString& from) const
{
    QList<MoveDefinition> result;
    for (const MoveDefinition& m : moves) {
        if (m.from == from)
            result << m;
    }
    return result;
}

QString ProcessDefinition::stepName(const QString& stepKey) const
{
    const StepDefinition* s = step(stepKey);
    return s ? s->name : stepKey;
}

Status ProcessDefinition::checkMove(const QString& from, const QString& to) const
{
    const StepDefinition* source = step(from);
    const StepDefinition* target = step(to);
    if (!source || !target)
        return Error { tr("“%1” is not a step of %2.").arg(source ? to : from, name), {} };
    if (move(from, to))
        return {};
    if (from == to)
        return Error { tr("The case is already at “%1”.").arg(source->name), {} };
    if (source->isEnd)
        return Error {
            tr("“%1” is an end state: a closed case is not reopened. Open a new case and link it.")
                .arg(source->name),
            {}
        };
    if (!committeeActs)
        return Error {
            tr("The committee has no active role in a %1; the case is only logged for the record.")
                .arg(name),
            {}
        };
    QStringList allowed;
    for (const MoveDefinition& m : movesFrom(from))
        allowed << QStringLiteral("“%1”").arg(stepName(m.to));
    const auto indexOf = [this](const StepDefinition* s) { return int(s - steps.constData()); };
    if (!target->isEnd && indexOf(target) < indexOf(source))
        return Error { tr("A case does not go back from “%1” to the earlier step “%2” (Undo "
                          "reverses a move just made). From here it can move to %3.")
                           .arg(source->name, target->name, allowed.join(tr(", "))),
                       {} };
    return Error { tr("%1 cannot move from “%2” to “%3”. From here it can move to %4.")
                       .arg(name, source->name, target->name, allowed.join(tr(", "))),
                   {} };
}

void ProcessDefinition::setAwaits(const char* stepKey, const QString& who)
{
    for (StepDefinition& s : steps) {
        if (s.key == QLatin1String(stepKey))
            s.awaits = who;
    }
}

const ProcessDefinition& ProcessDefinition::of(CaseProcess process)
{
    // Built on first use, after the translators are installed.
    static const QList<ProcessDefinition> kProcesses { complaintProcess(),
                                                       problemManagementProcess(),
                                                       rootZoneEmergencyProcess(),
                                                       appealsPanelProcess() };
    return kProcesses.at(int(process));
}

const ProcessDefinition* ProcessDefinition::fromKey(const QString& processKey)
{
    for (CaseProcess p : all()) {
        if (of(p).key == processKey)
            return &of(p);
    }
    return nullptr;
}

const QList<CaseProcess>& ProcessDefinition::all()
{
    static const QList<CaseProcess> kAll { CaseProcess::Complaint, CaseProcess::ProblemManagement,
                                           CaseProcess::RootZoneEmergency,
                                           CaseProcess::AppealsPanel };
    return kAll;
}

} // namespace csc
