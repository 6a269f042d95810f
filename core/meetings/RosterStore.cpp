// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterStore.h"

#include "core/domain/AuditedWrite.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

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

QVariantList fields(const Member& m)
{
    const QString contact = MemberNames::contactKey(m.contactRole);
    return { m.name.trimmed(),
             text(m.affiliation),
             MemberNames::kindKey(m.kind),
             m.voting ? 1 : 0,
             text(m.email),
             m.termStart.toString(Qt::ISODate),
             dateOrNull(m.termEnd),
             m.isChair ? 1 : 0,
             contact.isEmpty() ? QVariant() : QVariant(contact) };
}

} // namespace

Result<QList<Member>> RosterStore::members(const Database& db)
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

Result<std::optional<Member>> RosterStore::member(const Database& db, qint64 id)
{
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM member WHERE id = ?"));
    q.bind(id);
    if (auto s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Member>();
    return std::optional<Member>(fromRow(q));
}

Result<qint64> RosterStore::insertMember(WriteScope& w, const Member& m)
{
    return w.insert(QStringLiteral("INSERT INTO member(name, affiliation, kind, voting, email, "
                                   "term_start, term_end, is_chair, contact_role) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    fields(m));
}

Status RosterStore::updateMember(WriteScope& w, const Member& m)
{
    return w.exec(QStringLiteral("UPDATE member SET name = ?, affiliation = ?, kind = ?, voting = "
                                 "?, email = ?, term_start = ?, "
                                 "term_end = ?, is_chair = ?, contact_role = ? WHERE id = ?"),
                  fields(m) + QVariantList { m.id });
}

Status RosterStore::deleteMember(WriteScope& w, qint64 memberId)
{
    if (auto s = w.exec(QStringLiteral("DELETE FROM attendance WHERE member_id = ?"), { memberId });
        !s)
        return s;
    return w.exec(QStringLiteral("DELETE FROM member WHERE id = ?"), { memberId });
}

Result<qint64> RosterStore::uses(const Database& db, Use use, qint64 memberId)
{
    QString sql;
    switch (use) {
    case Use::Attended:
        sql = QStringLiteral(
            "SELECT COUNT(*) FROM attendance WHERE member_id = ? AND status <> 'absent'");
        break;
    case Use::Voted:
        sql = QStringLiteral("SELECT COUNT(*) FROM vote WHERE member_id = ?");
        break;
    case Use::OwnsActionItem:
        sql = QStringLiteral("SELECT COUNT(*) FROM action_item WHERE owner_member_id = ?");
        break;
    case Use::Commented:
        sql = QStringLiteral("SELECT COUNT(*) FROM minutes_comment WHERE member_id = ?");
        break;
    }
    auto n = queryScalar(db, sql, { memberId });
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

} // namespace csc
