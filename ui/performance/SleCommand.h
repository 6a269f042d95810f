// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace csc {

// An undoable edit of performance data: both directions are core calls, so
// the audit trail records the undo as a change like any other. A redo that
// fails on first push makes the command obsolete (it leaves the stack).
class SleCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const Error&)>;
    using Done = std::function<void()>;

    SleCommand(const QString& text, Step redo, Step undo, Report report, Done done);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    Step m_redo;
    Step m_undo;
    Report m_report;
    Done m_done;
};

} // namespace csc
