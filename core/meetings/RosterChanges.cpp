// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterChanges.h"

#include "Committee.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

Status RosterChanges::checkRemovable(const Database& db, qint64 memberId)
{
    auto member = Committee::member(db, memberId);
    if (!member)
        return member.error();
    const QString name = member.value().name;
    struct Use
    {
        const char* sql;
        const char* why;
    };
    static const Use uses[] = {
        { "SELECT COUNT(*) FROM attendance WHERE member_id = ? AND status <> 'absent'",
          QT_TR_NOOP("%1 attended or sent apologies to a meeting") },
        { "SELECT COUNT(*) FROM vote WHERE member_id = ?", QT_TR_NOOP("%1 voted on a decision") },
        { "SELECT COUNT(*) FROM action_item WHERE owner_member_id = ?",
          QT_TR_NOOP("%1 owns an action item") },
        { "SELECT COUNT(*) FROM minutes_comment WHERE member_id = ?",
          QT_TR_NOOP("%1 commented on minutes") },
    };
    for (const Use& use : uses) {
        auto n = queryScalar(db, QString::fromLatin1(use.sql), { memberId });
        if (!n)
            continue; // a table this schema lacks refers to nobody
        if (n.value().toLongLong() > 0)
            return Error { tr("%1, so they are part of the committee's record and cannot be "
                              "removed. End their term instead.")
                               .arg(tr(use.why).arg(name)),
                           {} };
    }
    return {};
}

Status RosterChanges::removeMember(Database& db, qint64 memberId)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    if (auto s = checkRemovable(db, memberId); !s)
        return s;
    auto member = Committee::member(db, memberId);
    if (!member)
        return member.error();
    Transaction tx(db);
    if (!tx)
        return tx.error();
    if (auto s
        = execute(db, QStringLiteral("DELETE FROM attendance WHERE member_id = ?"), { memberId });
        !s)
        return s;
    if (auto s = execute(db, QStringLiteral("DELETE FROM member WHERE id = ?"), { memberId }); !s)
        return s;
    QList<FieldChange> changes;
    const QVariantMap before = Committee::snapshot(member.value());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        changes.append({ it.key(), it.value(), QVariant() });
    if (auto a = AuditLog::record(db, QStringLiteral("member"), QString::number(memberId),
                                  QStringLiteral("delete"), changes);
        !a)
        return a.error();
    return tx.commit();
}

} // namespace csc
