// SPDX-License-Identifier: GPL-3.0-or-later
// A held meeting is a record (issue 10, item 7): ending a member's term, or any
// other roster change, never changes its attendance, its quorum or the outcome of
// its votes, and its public minutes stay byte for byte what they were.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/export/MinutesExporter.h"
#include "core/meetings/Decisions.h"
#include "core/meetings/MinutesBook.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// What the meetings page and the public minutes show of the roll and the quorum.
QString rollText(const Database& db, qint64 meetingId)
{
    const MeetingRecord r = Meetings::load(db, meetingId).value();
    QStringList lines;
    for (const AttendanceEntry& a : r.attendance)
        lines << QStringLiteral("%1|%2|%3|%4|%5")
                     .arg(a.name, a.affiliation, MemberNames::kindKey(a.kind))
                     .arg(a.voting)
                     .arg(MeetingNames::attendanceKey(a.status));
    lines << QStringLiteral("quorate %1, minimum %2, vacancies %3")
                 .arg(Decisions::isQuorate(r.rules, r.attendance))
                 .arg(r.rules.decisionMinimumMembers)
                 .arg(r.rules.vacancies);
    for (const Decision& d : r.decisions)
        lines << Decisions::evaluate(r.rules, d, r.attendance).explanation;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestHeldMeeting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::Roster m_roster;
    QTemporaryDir m_dir;
    qint64 m_held = 0;
    qint64 m_future = 0;

    QByteArray publicMinutes(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto s
            = MinutesExporter::exportMinutes(*m_db, m_held, DocumentWriter::Format::Markdown, path);
        if (!s)
            qWarning() << s.error().fullText();
        // The audit head the document carries moves with every change made since (the roster
        // change itself): the record it states is what must not move.
        QString text = QString::fromUtf8(test::fileBytes(path));
        text.remove(QRegularExpression(QStringLiteral("audit \\d+ [0-9a-f]{64}")));
        return text.toUtf8();
    }

    Member member(qint64 id) { return Committee::member(*m_db, id).value(); }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_roster = test::addRoster(*m_db);
        m_held = test::addMeeting(*m_db, QDate(2026, 11, 19));
        m_future = test::addMeeting(*m_db, QDate::currentDate().addYears(1));
        for (qint64 id : m_roster.voting)
            QVERIFY(Meetings::setAttendance(*m_db, m_held, id, AttendanceStatus::Present));
        QVERIFY(
            Meetings::setAttendance(*m_db, m_held, m_roster.ifoLiaison, AttendanceStatus::Present));
        Decision d;
        d.meetingId = m_held;
        d.decidedOn = QDate(2026, 11, 19);
        d.text = QStringLiteral("The committee adopts its work plan.");
        for (qint64 id : m_roster.voting)
            d.votes.append(
                { id, {}, id == m_roster.voting.at(3) ? VoteChoice::Abstain : VoteChoice::For });
        QVERIFY(Decisions::add(*m_db, d));
        QVERIFY(MinutesBook::generateDraft(*m_db, m_held));
    }

    void endingATermKeepsTheHeldMeetingAsItWas()
    {
        const QString before = rollText(*m_db, m_held);
        QVERIFY(before.contains(QStringLiteral("Ben|Ben Registry|gtld|1|present")));
        QVERIFY(before.contains(QStringLiteral("quorate 1")));
        const QByteArray published = publicMinutes(QStringLiteral("before.md"));
        QVERIFY(published.contains("The meeting was quorate."));
        QVERIFY(published.contains("Ben"));

        // Ben's term is ended as of before the meeting (the office learned late).
        Member ben = member(m_roster.voting.at(1));
        ben.termEnd = QDate(2026, 10, 31);
        QVERIFY(Committee::updateMember(*m_db, ben));

        QCOMPARE(rollText(*m_db, m_held), before);
        QCOMPARE(publicMinutes(QStringLiteral("after.md")), published);
    }

    void otherRosterChangesKeepItToo()
    {
        const QString before = rollText(*m_db, m_held);
        const QByteArray published = publicMinutes(QStringLiteral("before.md"));

        Member chloe = member(m_roster.voting.at(2));
        chloe.name = QStringLiteral("Chloé Martin");
        chloe.affiliation = QStringLiteral("Another Registry");
        QVERIFY(Committee::updateMember(*m_db, chloe));
        Member femi = member(m_roster.gnsoLiaison);
        femi.kind = Member::Kind::Ssac;
        QVERIFY(Committee::updateMember(*m_db, femi));
        // A member added with a term reaching back before the meeting was not there.
        Member late = test::makeMember(QStringLiteral("Gustav"), Member::Kind::Gtld);
        QVERIFY(Committee::addMember(*m_db, late));

        QCOMPARE(rollText(*m_db, m_held), before);
        QCOMPARE(publicMinutes(QStringLiteral("after.md")), published);
    }

    void aMeetingNotYetHeldFollowsTheRoster()
    {
        Member ben = member(m_roster.voting.at(1));
        ben.termEnd = QDate::currentDate();
        QVERIFY(Committee::updateMember(*m_db, ben));
        for (const AttendanceEntry& a : Meetings::attendance(*m_db, m_future).value())
            QVERIFY2(a.memberId != ben.id, "a member whose term ended before the meeting");
        QVERIFY(Meetings::attendance(*m_db, m_held).value().size() == 6);
    }

    void approvedAttendanceStands()
    {
        QVERIFY(MinutesBook::advance(*m_db, m_held, MinutesState::Circulated));
        QVERIFY(test::approveAsVotingMembers(*m_db, m_held));
        m_db->setSession({ QStringLiteral("Ada"), Role::Chair, m_roster.voting.at(0) });
        QVERIFY(MinutesBook::advance(*m_db, m_held, MinutesState::Approved));
        m_db->setSession({ QStringLiteral("Test Secretary"), Role::Secretariat, 0 });
        const QString before = rollText(*m_db, m_held);
        QVERIFY(!Meetings::setAttendance(*m_db, m_held, m_roster.voting.at(0),
                                         AttendanceStatus::Absent));
        QCOMPARE(rollText(*m_db, m_held), before);
    }
};

QTEST_MAIN(TestHeldMeeting) // PDF and Markdown go through QTextDocument
#include "tst_heldmeeting.moc"
