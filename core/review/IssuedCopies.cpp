// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuedCopies.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

#include <QRandomGenerator>

namespace csc {

QString IssuedCopies::newSecret()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

Status IssuedCopies::record(Database& committee, const IssuedCopy& copy)
{
    Transaction tx(committee);
    if (!tx)
        return tx.error();
    const QString role = RoleNames::key(copy.role);
    if (auto s = execute(committee,
                         QStringLiteral("INSERT INTO review_issued_copy(copy_id, member_id, "
                                        "member_name, role, base_revision, secret, issued_utc, "
                                        "issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         { copy.copyId, copy.memberId, copy.memberName, role, copy.baseRevision,
                           copy.secret, copy.issuedUtc.toString(Qt::ISODate), copy.issuedBy });
        !s)
        return s;
    if (auto a = AuditLog::record(committee, QStringLiteral("review_copy"), copy.copyId,
                                  QStringLiteral("issue"),
                                  { { QStringLiteral("member"), {}, copy.memberName },
                                    { QStringLiteral("role"), {}, role },
                                    { QStringLiteral("base_revision"), {}, copy.baseRevision } });
        !a)
        return a.error();
    return tx.commit();
}

Result<std::optional<IssuedCopy>> IssuedCopies::find(const Database& committee,
                                                     const QString& copyId)
{
    SqlQuery q(
        committee,
        QStringLiteral("SELECT copy_id, member_id, member_name, role, base_revision, secret, "
                       "issued_utc, issued_by FROM review_issued_copy WHERE copy_id = ?"));
    q.bind(copyId);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<IssuedCopy> {};
    IssuedCopy c;
    c.copyId = q.value(0).toString();
    c.memberId = q.value(1).toLongLong();
    c.memberName = q.value(2).toString();
    c.role = RoleNames::fromKey(q.value(3).toString(), Role::Observer);
    c.baseRevision = q.value(4).toLongLong();
    c.secret = q.value(5).toString();
    c.issuedUtc = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    c.issuedBy = q.value(7).toString();
    return std::optional<IssuedCopy> { c };
}

} // namespace csc
