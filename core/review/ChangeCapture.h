// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QStringList>

struct sqlite3;
struct sqlite3_session;

namespace csc {

// Records every row a connection changes, with SQLite's session extension, so
// a member's work in a review copy can travel back as a small changeset.
class ChangeCapture
{
    Q_DISABLE_COPY_MOVE(ChangeCapture)

public:
    // Only these tables are captured: what a member may change in a review copy.
    ChangeCapture(sqlite3* handle, QStringList capturedTables);
    ~ChangeCapture();

    bool isActive() const { return m_session != nullptr; }
    const Error& error() const { return m_error; }

    // The changes recorded since the last call (empty when none), and a fresh start.
    Result<QByteArray> takeChangeset();

    // Several changesets folded into one (later changes to a row win).
    static Result<QByteArray> combine(const QList<QByteArray>& changesets);

private:
    bool start();

    sqlite3* m_handle;
    QStringList m_captured;
    sqlite3_session* m_session = nullptr;
    Error m_error;
};

} // namespace csc
