// SPDX-License-Identifier: GPL-3.0-or-later
// The roster's composition check of domain.md §1.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/meetings/CompositionCheck.h"

using namespace csc;

class TestComposition : public QObject
{
    Q_OBJECT

private:
    static QStringList messages(const QList<Member>& roster)
    {
        QStringList list;
        for (const CompositionIssue& i : CompositionCheck::run(roster, QDate(2026, 11, 23)))
            list << i.message;
        return list;
    }
    static QList<Member> without(std::function<bool(const Member&)> drop)
    {
        QList<Member> roster = test::charterRoster();
        roster.removeIf(drop);
        return roster;
    }

private Q_SLOTS:
    void charterRosterHasNoWarnings() { QCOMPARE(messages(test::charterRoster()), QStringList {}); }

    void missingCctldMember()
    {
        bool dropped = false;
        const auto list = messages(without([&](const Member& m) {
            if (dropped || m.kind != Member::Kind::Cctld)
                return false;
            return dropped = true;
        }));
        QCOMPARE(list,
                 QStringList { QStringLiteral("1 ccTLD member; the charter asks for at least 2") });
        QVERIFY(CompositionCheck::hasVacancies(
            without([](const Member& m) { return m.name == QStringLiteral("Dmitri"); }),
            QDate(2026, 11, 23)));
    }

    void missingIfoLiaison()
    {
        QCOMPARE(
            messages(without([](const Member& m) { return m.kind == Member::Kind::IfoLiaison; })),
            QStringList { QStringLiteral("No liaison from the IFO; the charter asks for one") });
    }

    void withoutChair()
    {
        QList<Member> roster = test::charterRoster();
        roster[0].isChair = false;
        QCOMPARE(messages(roster),
                 QStringList { QStringLiteral("No chair; the committee elects one") });
    }

    void formerMembersDoNotCount()
    {
        QList<Member> roster = test::charterRoster();
        roster[2].termEnd = QDate(2026, 6, 30);
        QVERIFY(messages(roster).contains(
            QStringLiteral("1 ccTLD member; the charter asks for at least 2")));
    }

    void contactsAndVotingLiaisons()
    {
        QList<Member> roster = test::charterRoster();
        roster[1].contactRole = Member::ContactRole::None;
        roster[5].voting = true;
        const QStringList list = messages(roster);
        QVERIFY(list.contains(QStringLiteral("No secondary point of contact for the IFO")));
        QVERIFY(list.contains(QStringLiteral(
            "Femi is a liaison (GNSO liaison) but marked as voting; liaisons do not vote")));
    }

    void repositoryRefusesAVotingLiaisonAndNeedsThePermission()
    {
        auto db = test::inMemoryOrFail();
        QVERIFY(db);
        Member liaison = test::makeMember(QStringLiteral("Eve"), Member::Kind::IfoLiaison);
        liaison.voting = true;
        QVERIFY(!Committee::addMember(*db, liaison));
        liaison.voting = false;
        db->setSession({ QStringLiteral("Obs"), Role::Observer, 0 });
        QVERIFY(!Committee::addMember(*db, liaison));
        db->setSession({ QStringLiteral("Sec"), Role::Secretariat, 0 });
        auto id = Committee::addMember(*db, liaison);
        QVERIFY(id);
        Member changed = Committee::member(*db, id.value()).value();
        changed.termEnd = QDate(2026, 12, 31);
        QVERIFY(Committee::updateMember(*db, changed));
        QCOMPARE(Committee::member(*db, id.value()).value().termEnd, QDate(2026, 12, 31));
    }
};

QTEST_GUILESS_MAIN(TestComposition)
#include "tst_composition.moc"
