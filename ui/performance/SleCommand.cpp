// SPDX-License-Identifier: GPL-3.0-or-later
#include "SleCommand.h"

namespace csc {

SleCommand::SleCommand(const QString& text, Step redo, Step undo, Report report, Done done)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_report(std::move(report))
    , m_done(std::move(done))
{ }

void SleCommand::redo()
{
    run(m_redo);
}

void SleCommand::undo()
{
    run(m_undo);
}

void SleCommand::run(const Step& step)
{
    if (auto s = step(); !s) {
        setObsolete(true);
        if (m_report)
            m_report(s.error());
    }
    if (m_done)
        m_done();
}

} // namespace csc
