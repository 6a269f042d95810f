// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "ChangeNotifier.h"
#include "Database.h"
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
    const int depth = db.transactionDepth();
    QSqlQuery q(db.connection());
    if (depth == 0) {
        if (!q.exec(SqlDialect::of(db).beginTransactionSql())) {
            m_error = SqlQuery::errorOf(q, tr("The database is busy or cannot be written."));
            return;
        }
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(depth);
        if (!q.exec(QLatin1String("SAVEPOINT ") + m_savepoint)) {
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
    QSqlQuery q(m_db.connection());
    const bool done = m_savepoint.isEmpty() ? q.exec(QStringLiteral("COMMIT"))
                                            : q.exec(QLatin1String("RELEASE ") + m_savepoint);
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
    QSqlQuery q(m_db.connection());
    if (m_savepoint.isEmpty()) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QLatin1String("ROLLBACK TO ") + m_savepoint);
        q.exec(QLatin1String("RELEASE ") + m_savepoint);
    }
    m_active = false;
    // An outermost rollback: nothing noted for it happened.
    if (--m_db.transactionDepth() == 0)
        ChangeNotifier::of(m_db).discard();
}

} // namespace csc
