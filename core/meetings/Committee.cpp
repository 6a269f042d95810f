// SPDX-License-Identifier: GPL-3.0-or-later
#include "Committee.h"

#include "Meetings.h"
#include "core/domain/Permissions.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "core/storage/Transaction.h"

namespace csc {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, affiliation, kind, voting, email, term_start, term_end, is_chair, contact_role");

Member fromRow(const SqlQuery& q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.affiliation = q.value(2).toString();
    m.kind = MemberNames::kindFromKey(q.value(3).toString());
    m.voting = q.value(4).toInt() != 0;
    m.email = q.value(5).toString();
    m.termStart = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    m.termEnd = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    m.isChair = q.value(8).toInt() != 0;
    m.contactRole = MemberNames::contactFromKey(q.value(9).toString());
    return m;
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// NOT NULL text columns: a null QString would bind as NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s.trimmed();
}

void bindFields(SqlQuery& q, const Member& m)
{
    q.bind(m.name.trimmed())
        .bind(text(m.affiliation))
        .bind(MemberNames::kindKey(m.kind))
        .bind(m.voting ? 1 : 0);
    q.bind(text(m.email))
        .bind(m.termStart.toString(Qt::ISODate))
        .bind(dateOrNull(m.termEnd))
        .bind(m.isChair ? 1 : 0);
    const QString contact = MemberNames::contactKey(m.contactRole);
    q.bind(contact.isEmpty() ? QVariant() : QVariant(contact));
}

} // namespace

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
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kColumns
                   + QStringLiteral(
                       " FROM member ORDER BY "
                       "CASE kind WHEN 'gtld' THEN 0 WHEN 'cctld' THEN 1 WHEN 'ifo_liaison' THEN 2 "
                       "ELSE 3 END, is_chair DESC, name"));
    if (auto s = q.exec(); !s)
        return s.error();
    QList<Member> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

Result<Member> Committee::member(const Database& db, qint64 id)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM member WHERE id = ?"));
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("No member with id %1.").arg(id), {} };
    return fromRow(q);
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    // A held meeting keeps the roll it had: recorded before the roster changes.
    if (auto held = Meetings::recordHeldRolls(db); !held)
        return held.error();
    SqlQuery q(db,
               QStringLiteral("INSERT INTO member(name, affiliation, kind, voting, email, "
                              "term_start, term_end, is_chair, contact_role) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, m);
    if (auto s = q.exec(); !s)
        return s.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto a = AuditLog::record(db, QStringLiteral("member"), QString::number(id),
                                  QStringLiteral("create"), AuditLog::diff({}, snapshot(m)));
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
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
    Transaction tx(db);
    if (!tx)
        return tx.error();
    // A held meeting keeps the roll it had: recorded before the roster changes.
    if (auto held = Meetings::recordHeldRolls(db); !held)
        return held;
    SqlQuery q(db,
               QStringLiteral("UPDATE member SET name = ?, affiliation = ?, kind = ?, voting = ?, "
                              "email = ?, term_start = ?, "
                              "term_end = ?, is_chair = ?, contact_role = ? WHERE id = ?"));
    bindFields(q, m);
    q.bind(m.id);
    if (auto s = q.exec(); !s)
        return s;
    if (auto a = AuditLog::record(db, QStringLiteral("member"), QString::number(m.id),
                                  QStringLiteral("update"), changes);
        !a)
        return a.error();
    return tx.commit();
}

} // namespace csc
