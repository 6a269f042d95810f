// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a small committee and meetings in a database for the meetings tests.
#include "core/meetings/ActionItems.h"
#include "core/meetings/Committee.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/MinutesReview.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"

#include <QTest>

namespace csc::test {

struct Roster
{
    QList<qint64> voting; // 2 gTLD, 2 ccTLD
    qint64 ifoLiaison = 0;
    qint64 gnsoLiaison = 0;
};

inline Member makeMember(const QString& name, Member::Kind kind, bool chair = false,
                         Member::ContactRole contact = Member::ContactRole::None)
{
    Member m;
    m.name = name;
    m.affiliation = name + QStringLiteral(" Registry");
    m.kind = kind;
    m.voting = Member::kindMayVote(kind);
    m.termStart = QDate(2020, 1, 1);
    m.isChair = chair;
    m.contactRole = contact;
    return m;
}

inline QList<Member> charterRoster()
{
    return { makeMember(QStringLiteral("Ada"), Member::Kind::Gtld, true,
                        Member::ContactRole::Primary),
             makeMember(QStringLiteral("Ben"), Member::Kind::Gtld, false,
                        Member::ContactRole::Secondary),
             makeMember(QStringLiteral("Chloé"), Member::Kind::Cctld),
             makeMember(QStringLiteral("Dmitri"), Member::Kind::Cctld),
             makeMember(QStringLiteral("Eve"), Member::Kind::IfoLiaison),
             makeMember(QStringLiteral("Femi"), Member::Kind::Gnso) };
}

inline Roster addRoster(Database& db)
{
    Roster r;
    for (const Member& m : charterRoster()) {
        auto id = Committee::addMember(db, m);
        if (!id) {
            qWarning() << id.error().fullText();
            return r;
        }
        if (m.voting)
            r.voting.append(id.value());
        else if (m.kind == Member::Kind::IfoLiaison)
            r.ifoLiaison = id.value();
        else
            r.gnsoLiaison = id.value();
    }
    return r;
}

// The members' approvals circulated minutes need before they count as approved (a majority of
// the 4 voting members of charterRoster(): 3); each as that member, the session restored after.
inline bool approveAsMembers(Database& db, qint64 meetingId, const QList<qint64>& voting,
                             int count = 3, const QDateTime& atUtc = {})
{
    const UserSession before = db.session();
    bool ok = true;
    for (int i = 0; i < count && i < voting.size(); ++i) {
        db.setSession({ QStringLiteral("Member %1").arg(i + 1), Role::Member, voting.at(i) });
        if (auto id = MinutesReview::approve(db, meetingId, {}, atUtc); !id) {
            qWarning() << id.error().fullText();
            ok = false;
        }
    }
    db.setSession(before);
    return ok;
}

inline qint64 addMeeting(Database& db, QDate day, MeetingKind kind = MeetingKind::Monthly)
{
    auto id = Meetings::create(db, kind, QDateTime(day, QTime(14, 0), Qt::UTC));
    if (!id)
        qWarning() << id.error().fullText();
    return id ? id.value() : 0;
}

inline qint64 addCase(Database& db, const QString& reference, const QString& title,
                      bool confidential, bool exercise)
{
    // A bare row with a chosen reference (markers go into it); the case feature's
    // own rules are tested with the cases, not here.
    const int number
        = queryScalar(db,
                      QStringLiteral("SELECT coalesce(max(ref_number), 0) + 1 FROM case_record"))
              .value()
              .toInt();
    if (auto s = execute(db,
                         QStringLiteral("INSERT INTO case_record(reference, ref_year, ref_number, "
                                        "title, process, step, step_since, "
                                        "opened_utc, confidential, is_exercise) VALUES (?, 2026, "
                                        "?, ?, 'complaint', 'raised', "
                                        "'2026-11-01', '2026-11-01T09:00:00Z', ?, ?)"),
                         { reference, number, title, confidential ? 1 : 0, exercise ? 1 : 0 });
        !s)
        qWarning() << s.error().fullText();
    return queryScalar(db, QStringLiteral("SELECT id FROM case_record WHERE reference = ?"),
                       { reference })
        .value()
        .toLongLong();
}

} // namespace csc::test
