// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseComments.h"

#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

namespace csc {

Result<qint64> CaseComments::add(Database& db, qint64 caseId, const QString& body)
{
    if (auto s = Permissions::check(db.session(), Permission::Comment); !s)
        return s.error();
    if (body.trimmed().isEmpty())
        return Error { tr("A comment needs some text."), {} };
    auto c = CaseRepository::summary(db, caseId);
    if (!c)
        return c.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    SqlQuery q(db,
               QStringLiteral(
                   "INSERT INTO case_comment(case_id, at_utc, author, body) VALUES (?, ?, ?, ?)"));
    q.bind(caseId)
        .bind(caserows::nowUtc())
        .bind(caserows::text(db.session().name))
        .bind(body.trimmed());
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("case"), QString::number(caseId),
                                  QStringLiteral("comment"),
                                  { { QStringLiteral("comment"), {}, body.trimmed() } });
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

} // namespace csc
