// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterChanges.h"

#include "Committee.h"
#include "RosterStore.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace csc {

Status RosterChanges::checkRemovable(const Database& db, qint64 memberId)
{
    auto member = Committee::member(db, memberId);
    if (!member)
        return member.error();
    const QString name = member.value().name;
    struct Use
    {
        RosterStore::Use use;
        const char* why;
    };
    static const Use uses[] = {
        { RosterStore::Use::Attended, QT_TR_NOOP("%1 attended or sent apologies to a meeting") },
        { RosterStore::Use::Voted, QT_TR_NOOP("%1 voted on a decision") },
        { RosterStore::Use::OwnsActionItem, QT_TR_NOOP("%1 owns an action item") },
        { RosterStore::Use::Commented, QT_TR_NOOP("%1 commented on minutes") },
    };
    for (const Use& use : uses) {
        auto n = RosterStore::uses(db, use.use, memberId);
        if (!n)
            continue; // a table this schema lacks refers to nobody
        if (n.value() > 0)
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
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        if (auto s = RosterStore::deleteMember(w, memberId); !s)
            return s;
        QList<FieldChange> changes;
        const QVariantMap before = Committee::snapshot(member.value());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            changes.append({ it.key(), it.value(), QVariant() });
        return w.audit(QStringLiteral("member"), memberId, QStringLiteral("delete"), changes);
    });
}

} // namespace csc
