// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/EditOperation.h"
#include "core/util/Result.h"
#include "ui/edit/MergeId.h"

#include <QUndoCommand>

#include <functional>

namespace csc {

class Database;

// What a command tells its page: a step ran (refresh what shows it), or core refused it.
struct EditHooks
{
    std::function<void()> done;
    std::function<void(const Error&)> failed;
};

// The one undo command of the desktop: both directions are core writes, so the audit trail
// records an undo as a change like any other. Only a reversible edit (core's
// Operations::isReversibleEdit) may be one; an entry of the record never goes on the stack.
// A step core refuses makes the command obsolete: the stack drops it and the page shows why.
class EditCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    EditCommand(Operation operation, const QString& text, Step redo, Step undo, EditHooks hooks);

    void redo() final;
    void undo() final;
    int id() const override { return int(m_mergeId); }

    Operation operation() const { return m_operation; }

    // Whether undo/redo can still apply (e.g. the minutes are still a draft). A page drops
    // entries that no longer can (SectionPage::pruneUndo), so Edit › Undo never offers a step
    // that would be refused.
    void setApplicable(std::function<bool()> applicable) { m_applicable = std::move(applicable); }
    bool applicable() const { return !m_applicable || m_applicable(); }

    // The first run is the user's own edit of what their editor showed: it is refused, naming
    // who changed the record, when someone else changed it since the editor noted `seenVersion`
    // (core's EditGuard). Undo and redo are of this step's own change and compare values.
    void guardFirstRun(const Database& db, const QString& entity, const QString& id,
                       qint64 seenVersion);
    void guardFirstRun(const Database& db, const QString& entity, qint64 id, qint64 seenVersion)
    {
        guardFirstRun(db, entity, QString::number(id), seenVersion);
    }

protected:
    // For subclasses that compute both directions themselves (ChangeValue).
    EditCommand(Operation operation, const QString& text, EditHooks hooks, MergeId mergeId);
    virtual Status apply(bool forward);

private:
    void run(bool forward);

    Operation m_operation;
    Step m_redo;
    Step m_undo;
    EditHooks m_hooks;
    MergeId m_mergeId = MergeId::None;
    std::function<bool()> m_applicable;
    struct Guard
    {
        const Database* db;
        QString entity;
        QString id;
        qint64 seen;
    };
    QList<Guard> m_guards; // until the first run
};

} // namespace csc
