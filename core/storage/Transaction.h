// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>

namespace csc {

class Database;

// RAII write transaction. The outermost one is BEGIN IMMEDIATE (so a busy
// database fails at the start, not halfway); nested ones are savepoints, so
// core functions compose. Rolls back unless commit() succeeded.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database& db);
    ~Transaction();

    bool isActive() const { return m_active; }
    explicit operator bool() const { return m_active; }
    const Error& error() const { return m_error; }

    Status commit();
    void rollback();

private:
    Database& m_db;
    QString m_savepoint;
    Error m_error;
    bool m_active = false;
};

} // namespace csc
