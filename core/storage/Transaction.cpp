// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "ChangeNotifier.h"
#include "Database.h"
#include "FileCheck.h"
#include "SqlDialect.h"
#include "SqlQuery.h"

#include <QSqlQuery>

namespace csc {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (db.isReadOnly()) {
        m_error = Error { tr("Nothing can be changed: %1").arg(db.readOnlyReason()), {} };
        return;
    }
    // A file still being checked is written only once it is known to be sound.
    if (auto checked = FileCheck::of(db); !checked) {
        m_error = checked.error();
        return;
    }
    const int depth = db.transactionDepth();
    const SqlDialect& dialect = SqlDialect::of(db);
    QSqlQuery q(db.connection());
    if (depth == 0) {
        if (!q.exec(dialect.transactionStatement(SqlDialect::TransactionStep::Begin))) {
            m_error = SqlQuery::errorOf(q, tr("The database is busy or cannot be written."));
            return;
        }
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        if (!q.exec(dialect.transactionStatement(SqlDialect::TransactionStep::Savepoint,
                                                 m_savepoint))) {
            m_error = SqlQuery::errorOf(q, tr("The database cannot be written."));
            return;
        }
    }
    ++db.transactionDepth();
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error.message.isEmpty() ? Error { tr("No transaction is open."), {} } : m_error;
    const SqlDialect& dialect = SqlDialect::of(m_db);
    QSqlQuery q(m_db.connection());
    const bool done = q.exec(
        m_savepoint.isEmpty()
            ? dialect.transactionStatement(SqlDialect::TransactionStep::Commit)
            : dialect.transactionStatement(SqlDialect::TransactionStep::Release, m_savepoint));
    if (!done) {
        Error e = SqlQuery::errorOf(
            q, tr("The changes could not be saved (is the disk full?); nothing was written."));
        rollback();
        return e;
    }
    m_active = false;
    if (--m_db.transactionDepth() == 0)
        m_db.committed();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    const SqlDialect& dialect = SqlDialect::of(m_db);
    QSqlQuery q(m_db.connection());
    if (m_savepoint.isEmpty()) {
        q.exec(dialect.transactionStatement(SqlDialect::TransactionStep::Rollback));
    } else {
        q.exec(dialect.transactionStatement(SqlDialect::TransactionStep::RollbackTo, m_savepoint));
        q.exec(dialect.transactionStatement(SqlDialect::TransactionStep::Release, m_savepoint));
    }
    m_active = false;
    // An outermost rollback: nothing noted for it happened.
    if (--m_db.transactionDepth() == 0)
        ChangeNotifier::of(m_db).discard();
}

} // namespace csc
