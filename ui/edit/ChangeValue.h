// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/CompareAndSet.h"
#include "ui/edit/EditCommand.h"

#include <optional>

namespace csc {

class Database;

// The generic "change a value" command, in the manner of Tiled's ChangeValue: one template
// serves every setter. It knows how to read the value from core and how to write it; the old
// value is what core held when the step first ran (never the view's copy), and the value it
// wrote is what core read back. Both directions go through CompareAndSet, so an undo refuses
// when the row no longer holds what this step wrote (another window, a merge) and a redo when
// it no longer holds what the step found.
//
// Commands with the same merge id and key (e.g. typing in one minutes section) merge into one.
template<typename Value, typename Equal = std::equal_to<Value>>
class ChangeValue : public EditCommand
{
public:
    using Read = std::function<Result<Value>()>;
    using Write = std::function<Status(const Value&)>;

    ChangeValue(Database& db, Operation operation, const QString& text, Value wanted, Read read,
                Write write, EditHooks hooks, MergeId mergeId = MergeId::None, qint64 key = 0)
        : EditCommand(operation, text, std::move(hooks), mergeId)
        , m_db(db)
        , m_wanted(std::move(wanted))
        , m_read(std::move(read))
        , m_write(std::move(write))
        , m_key(key)
    { }

    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = dynamic_cast<const ChangeValue*>(other);
        if (!next || next->id() != id() || next->m_key != m_key || !next->m_written)
            return false;
        m_wanted = next->m_wanted;
        m_written = next->m_written;
        setText(next->text());
        return true;
    }

    qint64 key() const { return m_key; }

protected:
    Status apply(bool forward) override
    {
        if (forward && !m_found) {
            // The first run: what core holds now is what an undo restores.
            Result<Value> now = m_read();
            if (!now)
                return now.error();
            m_found = now.value();
        }
        const Value& expected = forward ? *m_found : *m_written;
        const Value& wanted = forward ? m_wanted : *m_found;
        Result<Value> after
            = CompareAndSet::apply(m_db, text(), expected, wanted, m_read, m_write, Equal {});
        if (!after)
            return after.error();
        if (forward)
            m_written = after.value();
        return {};
    }

private:
    Database& m_db;
    Value m_wanted;
    Read m_read;
    Write m_write;
    qint64 m_key = 0;
    std::optional<Value> m_found; // what the row held before this step
    std::optional<Value> m_written; // what it held after this step wrote
};

} // namespace csc
