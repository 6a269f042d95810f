// SPDX-License-Identifier: GPL-3.0-or-later
// Attendance by keyboard: each change edits the member under the cursor and the cursor stays
// there; "Mark all present" fills the roll call in one undoable step; the quorum line never
// says "Not quorate … Decisions can be taken" as if that were one rule.
#include "ui/AppContext.h"
#include "DesktopFixture.h"
#include "ui/meetings/AttendanceModel.h"
#include "core/meetings/AttendanceRecord.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/widgets/UserPrompts.h"

#include <QComboBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace csc;

class TestDesktopAttendance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUndoGroup m_group;
    QtMessageHandler m_previous = nullptr;
    static inline QStringList s_warnings;

    static QList<AttendanceEntry> attendance(const Database& db, qint64 meeting)
    {
        return Meetings::load(db, meeting).value().attendance;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        const QString demo = test::makeDemo(m_dir);
        QVERIFY(!demo.isEmpty());
        m_db = test::openOrFail(demo);
        QVERIFY(m_db);
        m_db->setSession(test::secretariat());
        // "commitData called with an editor that does not belong to this view" is a warning.
        m_previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext&, const QString& text) {
                if (type == QtWarningMsg)
                    s_warnings << text;
            });
    }

    void cleanupTestCase() { qInstallMessageHandler(m_previous); }

    void keyboardEntryEditsTheMemberUnderTheCursor()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        const qint64 meeting = test::draftMeeting(*m_db);
        page.selectMeeting(meeting);
        page.tabs()->setCurrentIndex(2);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* view = page.attendanceView();
        QVERIFY(view && view->isVisible());
        const QList<AttendanceEntry> before = attendance(*m_db, meeting);
        QVERIFY(before.size() >= 4);
        s_warnings.clear();

        // Row 2, then row 3, each set by keyboard (F2, pick with the arrow keys, Enter).
        for (int row : { 2, 3 }) {
            view->setFocus();
            view->setCurrentIndex(view->model()->index(row, AttendanceModel::Status));
            const AttendanceStatus was = attendance(*m_db, meeting).at(row).status;
            const AttendanceStatus want = was == AttendanceStatus::Apologies
                ? AttendanceStatus::Absent
                : AttendanceStatus::Apologies;
            QTest::keyClick(view, Qt::Key_F2);
            auto* box = view->findChild<QComboBox*>();
            QVERIFY(box);
            box->setCurrentIndex(int(want));
            QTest::keyClick(box, Qt::Key_Return);
            QTRY_COMPARE(attendance(*m_db, meeting).at(row).status, want);
            // The cursor stays on the member just edited, so the next key goes on from there.
            QCoreApplication::processEvents();
            QCOMPARE(view->currentIndex().row(), row);
        }
        // Row 0 was never touched.
        QCOMPARE(attendance(*m_db, meeting).at(0).status, before.at(0).status);
        QCOMPARE(view->model()->index(0, AttendanceModel::Status).data().toString(),
                 MeetingNames::attendanceName(before.at(0).status));
        QVERIFY2(!s_warnings.join(QLatin1Char('\n')).contains(QStringLiteral("commitData")),
                 qPrintable(s_warnings.join(QLatin1Char('\n'))));
        // Arrow down moves on to the next member.
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 4);
    }

    void markAllPresentInOneUndoableStep()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        const qint64 meeting = test::draftMeeting(*m_db);
        page.selectMeeting(meeting);
        const QList<AttendanceEntry> before = attendance(*m_db, meeting);
        QVERIFY(std::any_of(before.cbegin(), before.cend(), [](const AttendanceEntry& e) {
            return e.status != AttendanceStatus::Present;
        }));
        auto* button = page.findChild<QPushButton*>(QStringLiteral("markAllPresent"));
        QVERIFY(button);
        const int depth = page.undoStack()->count();
        button->click();
        for (const AttendanceEntry& e : attendance(*m_db, meeting))
            QCOMPARE(e.status, AttendanceStatus::Present);
        QVERIFY2(page.quorumText().startsWith(QStringLiteral("Quorate")),
                 qPrintable(page.quorumText()));
        QCOMPARE(page.undoStack()->count(), depth + 1);
        page.undoStack()->undo();
        const QList<AttendanceEntry> undone = attendance(*m_db, meeting);
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(undone.at(i).status, before.at(i).status);
    }

    void theQuorumLineDoesNotContradictItself()
    {
        QuorumRules rules; // all appointed voting members for a quorum, 3 for a decision
        QList<AttendanceEntry> four;
        for (int i = 0; i < 4; ++i) {
            AttendanceEntry e;
            e.memberId = i + 1;
            e.voting = true;
            e.status = i < 3 ? AttendanceStatus::Present : AttendanceStatus::Apologies;
            four.append(e);
        }
        const QString text = AttendanceRecord::quorumText(rules, four);
        QVERIFY2(text.startsWith(QStringLiteral("Not quorate: 3 of 4")), qPrintable(text));
        // Both rules are named, so the sentence explains itself.
        QVERIFY2(text.contains(QStringLiteral("a quorum needs all of them")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("still be taken")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("present. Decisions can be taken")));
        four[2].status = AttendanceStatus::Absent;
        const QString two = AttendanceRecord::quorumText(rules, four);
        QVERIFY2(two.contains(QStringLiteral("No decisions can be taken")), qPrintable(two));
        QVERIFY(!two.contains(QStringLiteral("can still be taken")));
    }
};

QTEST_MAIN(TestDesktopAttendance)
#include "tst_desktop_attendance.moc"
