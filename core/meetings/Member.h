// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace csc {

// A seat on the committee (domain.md §1): a member or a liaison.
struct Member
{
    enum class Kind { Gtld, Cctld, IfoLiaison, OtherTld, Gnso, Rssac, Ssac, Gac, Alac };
    enum class ContactRole { None, Primary, Secondary };

    qint64 id = 0;
    QString name;
    QString affiliation;
    Kind kind = Kind::Gtld;
    bool voting = true;
    QString email;
    QDate termStart;
    QDate termEnd; // invalid: open-ended
    bool isChair = false;
    ContactRole contactRole = ContactRole::None;
    // Compared by an undo step's check that the row is unchanged (CompareAndSet).
    bool operator==(const Member&) const = default;

    bool isActiveOn(QDate day) const
    {
        return (!termStart.isValid() || termStart <= day) && (!termEnd.isValid() || termEnd >= day);
    }
    // Only registry operators' members vote; liaisons never do.
    static bool kindMayVote(Kind kind) { return kind == Kind::Gtld || kind == Kind::Cctld; }
};

struct MemberNames
{
    Q_DECLARE_TR_FUNCTIONS(MemberNames)
public:
    static QString kindKey(Member::Kind kind);
    static Member::Kind kindFromKey(const QString& key);
    static QString kindName(Member::Kind kind);
    static QString contactKey(Member::ContactRole role);
    static Member::ContactRole contactFromKey(const QString& key);
    static QString contactName(Member::ContactRole role);
    static QList<Member::Kind> allKinds();
};

} // namespace csc
