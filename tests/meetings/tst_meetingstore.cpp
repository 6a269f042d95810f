// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the meetings and roster rules write through MeetingStore/RosterStore inside one
// audited write. What a maintainer relies on: a composite write (a decision with its votes,
// a batch of attendance) is saved whole or not at all; every write leaves its audit entry
// naming the row it made; the demo's roster and holidays are on the record like any other.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/meetings/AttendanceRecord.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MeetingLocation.h"
#include "core/meetings/ObligationCalendar.h"
#include "core/meetings/RosterChanges.h"
#include "core/meetings/WorkPlan.h"
#include "core/storage/AuditLog.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestMeetingStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::Roster m_roster;
    qint64 m_meeting = 0;

    int count(const QString& table)
    {
        return queryScalar(*m_db, QStringLiteral("SELECT count(*) FROM ") + table).value().toInt();
    }
    int auditCount(const QString& entity, const QString& id = {})
    {
        return int(AuditLog::entries(*m_db, entity, id).value().size());
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
        m_roster = test::addRoster(*m_db);
        QCOMPARE(m_roster.voting.size(), 4);
        m_meeting = test::addMeeting(*m_db, QDate::currentDate().addDays(14));
        QVERIFY(m_meeting > 0);
    }

    void decisionWithARefusedVoteIsNotSavedAtAll()
    {
        const int decisions = count(QStringLiteral("decision"));
        const int entries = auditCount(QStringLiteral("decision"));
        Decision d;
        d.meetingId = m_meeting;
        d.decidedOn = QDate::currentDate();
        d.text = QStringLiteral("The committee writes to the IFO.");
        d.votes = { { m_roster.voting.at(0), {}, VoteChoice::For },
                    { m_roster.ifoLiaison, {}, VoteChoice::For } }; // liaisons do not vote
        auto added = Decisions::add(*m_db, d);
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("does not vote")),
                 qPrintable(added.error().message));
        QCOMPARE(count(QStringLiteral("decision")), decisions);
        QCOMPARE(count(QStringLiteral("vote")), 0);
        QCOMPARE(auditCount(QStringLiteral("decision")), entries);
        QCOMPARE(auditCount(QStringLiteral("vote")), 0);
    }

    void attendanceBatchIsWholeOrNothing()
    {
        // A held meeting keeps its roll; a member who joined after it cannot be marked
        // present, and then nobody's status in the batch is taken.
        const QDate day = QDate::currentDate().addDays(-7);
        const qint64 held = test::addMeeting(*m_db, day);
        QVERIFY(held > 0);
        Member late = test::makeMember(QStringLiteral("Gus"), Member::Kind::Gnso);
        late.termStart = QDate::currentDate();
        auto lateId = Committee::addMember(*m_db, late);
        QVERIFY(lateId);
        const auto statusOf = [&](qint64 member) {
            for (const AttendanceEntry& e : Meetings::attendance(*m_db, held).value()) {
                if (e.memberId == member)
                    return e.status;
            }
            return AttendanceStatus::Absent;
        };
        QMap<qint64, AttendanceStatus> statuses {
            { m_roster.voting.at(0), AttendanceStatus::Present },
            { m_roster.voting.at(1), AttendanceStatus::Apologies },
            { lateId.value(), AttendanceStatus::Present }
        };
        const int before = auditCount(QStringLiteral("attendance"));
        auto refused = AttendanceRecord::setStatuses(*m_db, held, statuses);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("was not on the committee")),
                 qPrintable(refused.error().message));
        QCOMPARE(statusOf(m_roster.voting.at(0)), AttendanceStatus::Absent);
        QCOMPARE(statusOf(m_roster.voting.at(1)), AttendanceStatus::Absent);
        QCOMPARE(auditCount(QStringLiteral("attendance")), before);
        statuses.remove(lateId.value());
        QVERIFY(AttendanceRecord::setStatuses(*m_db, held, statuses));
        QCOMPARE(statusOf(m_roster.voting.at(0)), AttendanceStatus::Present);
        QCOMPARE(statusOf(m_roster.voting.at(1)), AttendanceStatus::Apologies);
        QCOMPARE(auditCount(QStringLiteral("attendance")), before + 2);
    }

    void everyWriteNamesTheRowItMade()
    {
        WorkItem first;
        first.title = QStringLiteral("Charter review");
        WorkItem second;
        second.title = QStringLiteral("Annual consultation");
        auto a = WorkPlan::add(*m_db, first);
        auto b = WorkPlan::add(*m_db, second);
        QVERIFY(a && b);
        QVERIFY(a.value() != b.value());
        const QList<WorkItem> items = WorkPlan::items(*m_db).value();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).id, a.value());
        QCOMPARE(items.at(1).id, b.value());
        QCOMPARE(items.at(1).position, 1);
        QCOMPARE(auditCount(QStringLiteral("work_item"), QString::number(b.value())), 1);

        QVERIFY(MeetingLocation::set(*m_db, m_meeting, QStringLiteral("https://meet.example/csc")));
        QVERIFY(MeetingLocation::set(*m_db, m_meeting, QStringLiteral("Room 2")));
        QCOMPARE(MeetingLocation::of(*m_db, m_meeting), QStringLiteral("Room 2"));
        QCOMPARE(MeetingLocation::all(*m_db).value(m_meeting), QStringLiteral("Room 2"));

        ObligationAnchors anchors;
        anchors.transition = QDate(2016, 10, 1);
        anchors.consultation = QDate(2026, 3, 15);
        QVERIFY(ObligationCalendar::setAnchors(*m_db, anchors));
        anchors.consultation = QDate();
        QVERIFY(ObligationCalendar::setAnchors(*m_db, anchors));
        QCOMPARE(ObligationCalendar::anchors(*m_db).transition, QDate(2016, 10, 1));
        QVERIFY(!ObligationCalendar::anchors(*m_db).consultation.isValid());
        QCOMPARE(auditCount(QStringLiteral("obligation_anchor")), 2);
    }

    void removingAMemberTakesTheirRosterRowsWithThem()
    {
        Member extra = test::makeMember(QStringLiteral("Gus"), Member::Kind::Gnso);
        auto id = Committee::addMember(*m_db, extra);
        QVERIFY(id);
        QVERIFY(Meetings::setAttendance(*m_db, m_meeting, id.value(), AttendanceStatus::Absent));
        QCOMPARE(count(QStringLiteral("attendance")), 1);
        QVERIFY(RosterChanges::removeMember(*m_db, id.value()));
        QCOMPARE(count(QStringLiteral("attendance")), 0);
        QVERIFY(!Committee::member(*m_db, id.value()));
        const QList<AuditEntry> entries
            = AuditLog::entries(*m_db, QStringLiteral("member"), QString::number(id.value()))
                  .value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().action, QStringLiteral("delete"));
    }

    void demoRosterAndHolidaysAreOnTheRecord()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.seed = 7;
        options.years = 1;
        options.asOf = QDate(2026, 11, 23);
        auto made = DemoGenerator::generateFile(file, options);
        QVERIFY2(made, made ? "" : qPrintable(made.error().fullText()));
        auto db = test::openOrFail(file);
        QVERIFY(db);
        const QList<Member> members = Committee::members(*db).value();
        QCOMPARE(members.size(), 8);
        int created = 0;
        for (const AuditEntry& e : AuditLog::entries(*db, QStringLiteral("member")).value())
            created += e.action == QLatin1String("create") ? 1 : 0;
        QCOMPARE(created, 8);
        QVERIFY(!AuditLog::entries(*db, QStringLiteral("holiday_calendar")).value().isEmpty());
        QVERIFY(AuditLog::verify(*db).value().intact);
    }
};

QTEST_GUILESS_MAIN(TestMeetingStore)
#include "tst_meetingstore.moc"
