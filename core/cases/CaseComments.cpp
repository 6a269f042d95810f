// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseComments.h"

#include "core/cases/CaseRepository.h"
#include "core/cases/CaseRows.h"
#include "core/cases/CaseStore.h"
#include "core/domain/AuditedWrite.h"

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
    return auditedWrite(db, Permission::Comment, [&](WriteScope& w) -> Result<qint64> {
        auto id = CaseStore::insertComment(
            w, caseId,
            { 0, caserows::parseInstant(caserows::nowUtc()), db.session().name, body.trimmed() });
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("case"), caseId, QStringLiteral("comment"),
                             { { QStringLiteral("comment"), {}, body.trimmed() } });
            !a)
            return a.error();
        return id;
    });
}

} // namespace csc
