// SPDX-License-Identifier: GPL-3.0-or-later
// The Committee and Calendar sections: composition warnings shown on the roster,
// an edit made through the undo stack, the month view and its agenda list.
#include "MeetingFixture.h"
#include "TestSupport.h"
#include "core/export/WorkPlanExporter.h"
#include "ui/AppContext.h"
#include "ui/calendar/CalendarEventModel.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/committee/CommitteePage.h"
#include "ui/committee/RosterModel.h"
#include "ui/committee/WorkPlanModel.h"
#include "ui/committee/WorkPlanPanel.h"
#include "ui/edit/EditCommand.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QTemporaryDir>
#include <QTextCharFormat>
#include <QUndoGroup>
#include <QUndoStack>

using namespace csc;

class TestCommitteeCalendarPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    QUndoGroup m_group;

private Q_SLOTS:
    void init()
    {
        UserPrompts::setHeadless(true);
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
    }

    void rosterShowsCompositionWarnings()
    {
        test::addRoster(*m_db);
        CommitteePage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.compositionWarnings(), QStringList {});

        // Ending a ccTLD member's term (through the undo stack) brings the warning; undo removes
        // it.
        const auto it
            = std::find_if(page.model()->members().cbegin(), page.model()->members().cend(),
                           [](const Member& m) { return m.kind == Member::Kind::Cctld; });
        QVERIFY(it != page.model()->members().cend());
        Member before = *it;
        Member after = before;
        after.termEnd = QDate(2026, 6, 30);
        page.undoStack()->push(new EditCommand(
            Operation::EditMember, QStringLiteral("end term"),
            [&] { return Committee::updateMember(*m_db, after); },
            [&] { return Committee::updateMember(*m_db, before); },
            { [&] { page.reload(); }, {} }));
        QCOMPARE(page.compositionWarnings(),
                 QStringList { QStringLiteral("1 ccTLD member; the charter asks for at least 2") });
        page.undoStack()->undo();
        QCOMPARE(page.compositionWarnings(), QStringList {});
    }

    void workPlanItemGoesInternalWithUndo()
    {
        WorkItem item;
        item.title = QStringLiteral("Annual consultation on IFO performance");
        QVERIFY(WorkPlan::add(*m_db, item));
        item.title = QStringLiteral("Draft the INTERNALPLANMARKER briefing");
        QVERIFY(WorkPlan::add(*m_db, item));
        CommitteePage page(AppContext { m_db.get(), nullptr, &m_group });
        WorkPlanModel* model = page.workPlan()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);

        // Unticking "Public" goes through the undo stack and keeps the item out of the export.
        QVERIFY(model->setData(model->index(1, WorkPlanModel::Public), Qt::Unchecked,
                               Qt::CheckStateRole));
        QCOMPARE(model->data(model->index(1, WorkPlanModel::Public), Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("plan.html"));
        QVERIFY(WorkPlanExporter::exportWorkPlan(*m_db, DocumentWriter::Format::Html, html));
        QVERIFY(!test::fileBytes(html).contains("INTERNALPLANMARKER"));
        QVERIFY(test::fileBytes(html).contains("Annual consultation"));
        page.undoStack()->undo();
        QCOMPARE(model->data(model->index(1, WorkPlanModel::Public), Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
    }

    void emptyRosterSaysWhatIsMissing()
    {
        CommitteePage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        const QStringList w = page.compositionWarnings();
        QVERIFY(w.contains(QStringLiteral("0 ccTLD members; the charter asks for at least 2")));
        QVERIFY(w.contains(QStringLiteral("No liaison from the IFO; the charter asks for one")));
        QVERIFY(w.contains(QStringLiteral("No chair; the committee elects one")));
    }

    void calendarShowsTheMonth()
    {
        test::addRoster(*m_db);
        test::addMeeting(*m_db, QDate(2026, 11, 19));
        CalendarPage page(AppContext { m_db.get(), nullptr, &m_group });
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setToday(QDate(2026, 11, 23));
        QCOMPARE(page.calendar()->monthShown(), 11);
        QStringList what;
        for (const CalendarEvent& e : page.model()->events())
            what << e.summary;
        QCOMPARE(what,
                 (QStringList { QStringLiteral("CSC monthly meeting no. 1"),
                                QStringLiteral("Minutes of meeting no. 1 due for publication") }));
        QCOMPARE(page.calendar()->dateTextFormat(QDate(2026, 11, 26)).fontWeight(),
                 int(QFont::Bold));
        page.calendar()->setCurrentPage(
            2027, 11); // the charter review, 12 months after the first meeting
        QCOMPARE(page.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestCommitteeCalendarPages)
#include "tst_committeecalendarpages.moc"
