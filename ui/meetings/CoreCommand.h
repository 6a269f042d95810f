// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>

#include <functional>

namespace csc {

// The one undo command of the meetings, committee and calendar sections: it runs
// a core write for redo and its inverse for undo, then lets the page refresh.
// A step core refuses makes the command obsolete (the stack drops it) and is shown.
class CoreCommand : public QUndoCommand
{
public:
    using Action = std::function<Status()>;

    CoreCommand(const QString& text, Action redo, Action undo, std::function<void()> refresh,
                std::function<void(const Error&)> onError)
        : QUndoCommand(text)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
        , m_refresh(std::move(refresh))
        , m_onError(std::move(onError))
    { }

    void redo() override { run(m_redo); }
    void undo() override { run(m_undo); }

    // Whether undo/redo can still apply (e.g. the minutes are still a draft). A page drops
    // entries that no longer can (SectionPage::pruneUndo), so Edit › Undo never offers a step
    // that would be refused.
    void setApplicable(std::function<bool()> applicable) { m_applicable = std::move(applicable); }
    bool applicable() const { return !m_applicable || m_applicable(); }

private:
    void run(const Action& action)
    {
        if (auto s = action(); !s) {
            setObsolete(true);
            if (m_onError)
                m_onError(s.error());
        }
        if (m_refresh)
            m_refresh();
    }

    Action m_redo;
    Action m_undo;
    std::function<void()> m_refresh;
    std::function<void(const Error&)> m_onError;
    std::function<bool()> m_applicable;
};

} // namespace csc
