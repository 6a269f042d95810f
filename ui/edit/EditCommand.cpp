// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "core/storage/EditGuard.h"

#include <memory>
#include <vector>

namespace csc {

EditCommand::EditCommand(Operation operation, const QString& text, Step redo, Step undo,
                         EditHooks hooks)
    : EditCommand(operation, text, std::move(hooks), MergeId::None)
{
    m_redo = std::move(redo);
    m_undo = std::move(undo);
}

EditCommand::EditCommand(Operation operation, const QString& text, EditHooks hooks, MergeId mergeId)
    : QUndoCommand(text)
    , m_operation(operation)
    , m_hooks(std::move(hooks))
    , m_mergeId(mergeId)
{
    Q_ASSERT_X(Operations::isReversibleEdit(operation), "EditCommand",
               "an entry of the record never goes on the undo stack");
}

void EditCommand::redo()
{
    run(true);
}

void EditCommand::undo()
{
    run(false);
}

Status EditCommand::apply(bool forward)
{
    const Step& step = forward ? m_redo : m_undo;
    return step ? step() : Status();
}

void EditCommand::guardFirstRun(const Database& db, const QString& entity, const QString& id,
                                qint64 seenVersion)
{
    m_guards.append({ &db, entity, id, seenVersion });
}

void EditCommand::run(bool forward)
{
    std::vector<std::unique_ptr<EditGuard>> guards;
    if (forward) {
        for (const Guard& g : std::exchange(m_guards, {}))
            guards.push_back(std::make_unique<EditGuard>(*g.db, g.entity, g.id, g.seen));
    }
    const Status status = apply(forward);
    guards.clear();
    if (auto s = status; !s) {
        // QUndoStack deletes an obsolete command after the step: the stack's index then stands
        // where it would have, and the refused step is never offered again.
        setObsolete(true);
        if (m_hooks.failed)
            m_hooks.failed(s.error());
    }
    if (m_hooks.done)
        m_hooks.done();
}

} // namespace csc
