// SPDX-License-Identifier: GPL-3.0-or-later
// The Meetings & Minutes section as a committee member uses it: the deadline
// shown prominently, the public preview beside the draft, agenda reordering by
// keyboard, and the models behaving as item models must.
#include "ui/AppContext.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "ui/meetings/AgendaModel.h"
#include "ui/meetings/AgendaPanel.h"
#include "core/meetings/Meetings.h"
#include "ui/meetings/MeetingsPage.h"
#include "core/meetings/MinutesBook.h"
#include "ui/meetings/MinutesDueWidget.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QListView>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoGroup>
#include <QUndoStack>

using namespace csc;

class TestMeetingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QUndoGroup m_group;

    // Set CSC_SHOTS_DIR to keep the pictures a reviewer looks at.
    static void shoot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CSC_SHOTS_DIR");
        if (!dir.isEmpty())
            w.grab().save(dir + QLatin1Char('/') + name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 2;
        QVERIFY(DemoGenerator::generateFile(m_dir.filePath(QStringLiteral("demo.db")), options));
        m_db = test::openOrFail(m_dir.filePath(QStringLiteral("demo.db")));
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
    }

    void minutesEditorShowsTheDeadlineAndThePublicPreview()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        page.resize(1500, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The newest meeting is selected: its draft is due Thursday, 3 business days left.
        QCOMPARE(Meetings::meeting(*m_db, page.currentMeetingId()).value().startsUtc.date(),
                 QDate(2026, 11, 19));
        QCOMPARE(page.minutesEditor()->deadlineText(),
                 QStringLiteral("Minutes due Thu 26 Nov, 3 business days left"));
        QVERIFY(page.minutesDue()->isVisible());
        QVERIFY(page.minutesDue()->text().contains(QStringLiteral("overdue")));
        QVERIFY(page.minutesDue()->text().contains(QStringLiteral("due today")));
        const QString preview = page.minutesEditor()->previewHtml();
        QVERIFY(preview.contains(QStringLiteral("Roll call")));
        QVERIFY(!preview.contains(QStringLiteral("(confidential)")));
        shoot(page, QStringLiteral("minutes-editor.png"));
        // The preview beside the draft with a confidential section open: it is not in the preview.
        auto* sections = page.minutesEditor()->findChild<QListWidget*>();
        QVERIFY(sections);
        const QList<MinutesSection> all
            = MinutesBook::minutes(*m_db, page.currentMeetingId()).value().sections;
        const auto secret = std::find_if(all.cbegin(), all.cend(),
                                         [](const MinutesSection& s) { return s.confidential; });
        QVERIFY(secret != all.cend());
        sections->setCurrentRow(int(secret - all.cbegin()));
        QVERIFY(!page.minutesEditor()->previewHtml().contains(secret->heading.toHtmlEscaped()));
        auto* browser
            = page.minutesEditor()->findChild<QTextBrowser*>(QStringLiteral("publicPreview"));
        QVERIFY(browser);
        shoot(*browser->parentWidget()->parentWidget(), QStringLiteral("minutes-preview.png"));

        // Overdue minutes turn the deadline red (state), and the start-up summary says so.
        page.setToday(QDate(2026, 11, 27));
        QCOMPARE(page.minutesEditor()->deadlineState(), DeadlineState::Overdue);
        NoticeBanner::Kind kind = NoticeBanner::Kind::Info;
        QVERIFY(MinutesDueWidget::summary(*m_db, QDate(2026, 11, 27), &kind)
                    .startsWith(QStringLiteral("Minutes of meeting no.")));
        QCOMPARE(kind, NoticeBanner::Kind::Error);
    }

    void confidentialToggleLeavesThePreviewAndUndoBringsItBack()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        const qint64 meeting = page.currentMeetingId();
        const MinutesSection topic = MinutesBook::minutes(*m_db, meeting).value().sections.at(1);
        QVERIFY(page.minutesEditor()->previewHtml().contains(topic.heading.toHtmlEscaped()));
        auto* list = page.minutesEditor()->findChild<QListWidget*>();
        QVERIFY(list);
        list->setCurrentRow(1);
        auto* box = page.minutesEditor()->findChild<QCheckBox*>();
        QVERIFY(box);
        box->setChecked(true);
        QVERIFY(MinutesBook::minutes(*m_db, meeting).value().sections.at(1).confidential);
        QVERIFY(!page.minutesEditor()->previewHtml().contains(topic.heading.toHtmlEscaped()));
        page.undoStack()->undo();
        QVERIFY(!MinutesBook::minutes(*m_db, meeting).value().sections.at(1).confidential);
        QVERIFY(page.minutesEditor()->previewHtml().contains(topic.heading.toHtmlEscaped()));
    }

    void agendaReordersByKeyboardAndUndo()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        AgendaPanel* agenda = page.agendaPanel();
        QAbstractItemModelTester tester(agenda->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<AgendaItem> before = agenda->model()->items();
        QVERIFY(before.size() >= 5);
        page.tabs()->setCurrentWidget(agenda);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        agenda->view()->setCurrentIndex(agenda->model()->index(3));
        agenda->view()->setFocus();
        QTest::keyClick(agenda->view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(Meetings::agenda(*m_db, page.currentMeetingId()).value().at(2).id,
                 before.at(3).id);
        QCOMPARE(agenda->view()->currentIndex().row(), 2);
        page.undoStack()->undo();
        QCOMPARE(Meetings::agenda(*m_db, page.currentMeetingId()).value().at(3).id,
                 before.at(3).id);
    }

    void modelsPassTheModelTester()
    {
        MeetingsPage page(AppContext { m_db.get(), nullptr, &m_group });
        page.setToday(QDate(2026, 11, 23));
        // Walking the meetings exercises every model's reset under the tester.
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel* model : page.findChildren<QAbstractItemModel*>()) {
            if (QLatin1String(model->metaObject()->className()).startsWith(QLatin1String("csc::")))
                testers.push_back(std::make_unique<QAbstractItemModelTester>(
                    model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        QCOMPARE(testers.size(), size_t(5));
        const QList<Meeting> meetings = Meetings::list(*m_db).value().mid(0, 4);
        for (const Meeting& m : meetings)
            page.selectMeeting(m.id);
        QVERIFY(UserPrompts::takeShownMessages().isEmpty());
    }
};

QTEST_MAIN(TestMeetingsPage)
#include "tst_meetingspage.moc"
