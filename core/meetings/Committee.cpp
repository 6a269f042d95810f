// SPDX-License-Identifier: GPL-3.0-or-later
#include "Committee.h"

#include "Meetings.h"
#include "RosterStore.h"
#include "core/domain/AuditedWrite.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

namespace csc {

QVariantMap Committee::snapshot(const Member& m)
{
    return { { QStringLiteral("name"), m.name },
             { QStringLiteral("affiliation"), m.affiliation },
             { QStringLiteral("kind"), MemberNames::kindKey(m.kind) },
             { QStringLiteral("voting"), m.voting },
             { QStringLiteral("email"), m.email },
             { QStringLiteral("term_start"), m.termStart.toString(Qt::ISODate) },
             { QStringLiteral("term_end"), m.termEnd.toString(Qt::ISODate) },
             { QStringLiteral("is_chair"), m.isChair },
             { QStringLiteral("contact_role"), MemberNames::contactKey(m.contactRole) } };
}

Result<QList<Member>> Committee::members(const Database& db)
{
    return RosterStore::members(db);
}

Result<Member> Committee::member(const Database& db, qint64 id)
{
    auto found = RosterStore::member(db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error { tr("No member with id %1.").arg(id), {} };
    return *found.value();
}

Result<QList<Member>> Committee::activeMembers(const Database& db, QDate day)
{
    auto all = members(db);
    if (!all)
        return all.error();
    QList<Member> active;
    for (const Member& m : all.value()) {
        if (m.isActiveOn(day))
            active.append(m);
    }
    return active;
}

Status Committee::validate(const Member& m)
{
    if (m.name.trimmed().isEmpty())
        return Error { tr("A member needs a name."), {} };
    if (!m.termStart.isValid())
        return Error { tr("%1 needs a term start date.").arg(m.name), {} };
    if (m.termEnd.isValid() && m.termEnd < m.termStart)
        return Error { tr("%1's term ends (%2) before it starts (%3).")
                           .arg(m.name, m.termEnd.toString(Qt::ISODate),
                                m.termStart.toString(Qt::ISODate)),
                       {} };
    if (m.voting && !Member::kindMayVote(m.kind))
        return Error { tr("%1 is a liaison (%2); liaisons do not vote.")
                           .arg(m.name, MemberNames::kindName(m.kind)),
                       {} };
    return {};
}

Result<qint64> Committee::addMember(Database& db, const Member& m)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p.error();
    if (auto v = validate(m); !v)
        return v.error();
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Result<qint64> {
        // A held meeting keeps the roll it had: recorded before the roster changes.
        if (auto held = Meetings::recordHeldRolls(db); !held)
            return held.error();
        auto id = RosterStore::insertMember(w, m);
        if (!id)
            return id;
        if (auto a = w.audit(QStringLiteral("member"), id.value(), QStringLiteral("create"),
                             AuditLog::diff({}, snapshot(m)));
            !a)
            return a.error();
        return id;
    });
}

Status Committee::updateMember(Database& db, const Member& m)
{
    if (auto p = Permissions::check(db.session(), Permission::ManageCommittee); !p)
        return p;
    if (auto v = validate(m); !v)
        return v;
    auto before = member(db, m.id);
    if (!before)
        return before.error();
    const QList<FieldChange> changes = AuditLog::diff(snapshot(before.value()), snapshot(m));
    if (changes.isEmpty())
        return {};
    return auditedWrite(db, Permission::ManageCommittee, [&](WriteScope& w) -> Status {
        // A held meeting keeps the roll it had: recorded before the roster changes.
        if (auto held = Meetings::recordHeldRolls(db); !held)
            return held;
        if (auto s = RosterStore::updateMember(w, m); !s)
            return s;
        return w.audit(QStringLiteral("member"), m.id, QStringLiteral("update"), changes);
    });
}

} // namespace csc
