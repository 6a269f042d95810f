// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace csc {

// The merge ids of every mergeable command, from one enum so two kinds of command can never
// share an id by accident (QUndoCommand::id()). Consecutive commands with the same id and
// the same key (the row they edit) become one undo step, as typing in one field should.
enum class MergeId {
    None = -1, // never merges
    MinutesSectionText = 1,
    Narrative,
    FindingsStatement,
};

} // namespace csc
