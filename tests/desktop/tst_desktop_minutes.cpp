// SPDX-License-Identifier: GPL-3.0-or-later
// The minutes editor as the secretariat uses it: the Confidential tick applies to the section on
// screen (issue 10 item 1), the editor never moves the selection by itself, saving says so, the
// preview follows the section, irreversible steps ask, the web address is checked, a disabled
// button names the role it needs, and nothing is stale after publishing (issue 14).
#include "DesktopFixture.h"
#include "core/review/ReviewCopyOpener.h"
#include "core/settings/AppSettings.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "ui/calendar/CalendarEventModel.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/meetings/MinutesDueWidget.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/widgets/ActionGate.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextEdit>
#include <QUndoGroup>
#include <QUndoStack>

using namespace csc;

class TestDesktopMinutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_copy;
    std::unique_ptr<Database> m_db;
    QUndoGroup m_group;

    static QList<MinutesSection> sections(const Database& db, qint64 meeting)
    {
        return MinutesBook::minutes(db, meeting).value().sections;
    }

    struct Editor
    {
        std::unique_ptr<MeetingsPage> page;
        MinutesEditor* editor = nullptr;
        QListWidget* list = nullptr;
        QCheckBox* confidential = nullptr;
        QTextEdit* body = nullptr;
    };

    Editor open()
    {
        Editor e;
        e.page = std::make_unique<MeetingsPage>(AppContext { m_db.get(), nullptr, &m_group });
        e.page->setToday(QDate(2026, 11, 23));
        e.page->selectMeeting(test::draftMeeting(*m_db));
        e.page->resize(1400, 900);
        e.page->show();
        e.page->activateWindow();
        // Keyboard shortcuts go to the active window.
        if (!QTest::qWaitForWindowActive(e.page.get()))
            qWarning("the page did not become the active window");
        e.editor = e.page->minutesEditor();
        e.list = e.editor->findChild<QListWidget*>();
        e.confidential = e.editor->findChild<QCheckBox*>();
        for (QTextEdit* t : e.editor->findChildren<QTextEdit*>()) {
            if (t->objectName() != QLatin1String("publicPreview"))
                e.body = t;
        }
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        m_demo = test::makeDemo(m_dir);
        QVERIFY(!m_demo.isEmpty());
    }

    void init()
    {
        // Every test starts from the same demo: a fresh copy of the file.
        m_db.reset();
        m_copy = m_dir.filePath(
            QStringLiteral("work-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_copy);
        QVERIFY(QFile::copy(m_demo, m_copy));
        m_db = test::openOrFail(m_copy);
        QVERIFY(m_db);
        m_db->setSession(test::secretariat());
        UserPrompts::takeShownMessages();
    }

    void confidentialTickWithUnsavedTextAppliesToTheSectionOnScreen()
    {
        Editor e = open();
        const qint64 meeting = test::draftMeeting(*m_db);
        const QList<MinutesSection> before = sections(*m_db, meeting);
        QVERIFY(before.size() >= 4);
        QVERIFY(!before.at(0).confidential);
        const int row = 3;
        QVERIFY(!before.at(row).confidential);
        e.list->setCurrentRow(row);
        QCOMPARE(e.editor->currentSection(), row);
        // Unsaved text in the section, then the tick.
        e.body->setFocus();
        e.body->moveCursor(QTextCursor::End);
        QTest::keyClicks(e.body, QStringLiteral(" Proposed changes to the charter."));
        QVERIFY(e.body->document()->isModified());
        e.confidential->click();
        QCoreApplication::processEvents();

        const QList<MinutesSection> after = sections(*m_db, meeting);
        QVERIFY2(after.at(row).confidential, "the section on screen must be the confidential one");
        QVERIFY2(!after.at(0).confidential, "Roll call must stay public");
        QVERIFY(after.at(row).bodyHtml.contains(QStringLiteral("Proposed changes to the charter")));
        // The selection did not move on its own.
        QCOMPARE(e.list->currentRow(), row);
        QCOMPARE(e.editor->currentSection(), row);
        QVERIFY(e.confidential->isChecked());
    }

    void confidentialTickWithoutUnsavedTextKeepsTheSelection()
    {
        Editor e = open();
        const qint64 meeting = test::draftMeeting(*m_db);
        const int row = 2;
        e.list->setCurrentRow(row);
        e.confidential->click();
        QCoreApplication::processEvents(); // the queued reloads of core's change notification
        QCOMPARE(e.list->currentRow(), row);
        QVERIFY(sections(*m_db, meeting).at(row).confidential);
        QVERIFY(!sections(*m_db, meeting).at(0).confidential);
        // Unticking applies to the same section.
        e.confidential->click();
        QCoreApplication::processEvents();
        QVERIFY(!sections(*m_db, meeting).at(row).confidential);
        QCOMPARE(e.list->currentRow(), row);
    }

    void savingSaysSoAndThePreviewFollowsTheSection()
    {
        Editor e = open();
        const qint64 meeting = test::draftMeeting(*m_db);
        const QList<MinutesSection> all = sections(*m_db, meeting);
        // The last public section: the preview scrolls to it.
        int last = -1;
        for (int i = 0; i < all.size(); ++i) {
            if (!all.at(i).confidential)
                last = i;
        }
        QVERIFY(last > 2);
        e.list->setCurrentRow(last);
        QCOMPARE(e.editor->previewFollows(), all.at(last).heading);
        e.body->setFocus();
        QTest::keyClicks(e.body, QStringLiteral("Noted. "));
        QTest::keyClick(e.body, Qt::Key_S, Qt::ControlModifier);
        auto* saved = e.editor->findChild<QLabel*>(QStringLiteral("sectionSaved"));
        QVERIFY(saved);
        QVERIFY2(saved->text().contains(QStringLiteral("saved")), qPrintable(saved->text()));
        QVERIFY(saved->text().contains(all.at(last).heading));
        QCOMPARE(e.list->currentRow(), last);
        e.list->setCurrentRow(1);
        QCOMPARE(e.editor->previewFollows(), all.at(1).heading);
    }

    void returnToDraftAndPublishingAskFirstAndTheAddressIsChecked()
    {
        Editor e = open();
        const qint64 meeting = test::draftMeeting(*m_db);
        auto* circulate = e.editor->findChild<QPushButton*>();
        QPushButton* back = nullptr;
        QPushButton* publish = nullptr;
        QPushButton* circulateButton = nullptr;
        for (QPushButton* b : e.editor->findChildren<QPushButton*>()) {
            if (b->text() == QLatin1String("Return to draft"))
                back = b;
            else if (b->text() == QLatin1String("Mark published"))
                publish = b;
            else if (b->text() == QLatin1String("Circulate to members"))
                circulateButton = b;
        }
        Q_UNUSED(circulate);
        QVERIFY(back && publish && circulateButton);
        circulateButton->click(); // reversible (return to draft): no question
        QCOMPARE(MinutesBook::minutes(*m_db, meeting).value().state, MinutesState::Circulated);
        // Return to draft asks; "No" leaves the minutes circulated.
        UserPrompts::setNextAnswer(QMessageBox::No);
        back->click();
        QCOMPARE(MinutesBook::minutes(*m_db, meeting).value().state, MinutesState::Circulated);
        QVERIFY(!UserPrompts::takeShownMessages().isEmpty()); // the question was asked

        m_db->setSession(test::chair());
        QVERIFY(test::approveAsVotingMembers(*m_db, meeting));
        QVERIFY(MinutesBook::advance(*m_db, meeting, MinutesState::Approved));
        m_db->setSession(test::secretariat());
        e.editor->refresh();
        QVERIFY(publish->isEnabled());
        auto* where = e.editor->findChild<QLineEdit*>();
        QLineEdit* place = nullptr;
        for (QLineEdit* l : e.editor->findChildren<QLineEdit*>()) {
            if (l->placeholderText().contains(QStringLiteral("web address")))
                place = l;
        }
        Q_UNUSED(where);
        QVERIFY(place);
        place->setText(QStringLiteral("see the wiki"));
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        publish->click();
        QCOMPARE(MinutesBook::minutes(*m_db, meeting).value().state, MinutesState::Approved);
        const QStringList shown = UserPrompts::takeShownMessages();
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(QStringLiteral("not a web address")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        // A real address, and "No" to the question: still approved.
        place->setText(QStringLiteral("https://csc.example.org/minutes/2026-11-19"));
        UserPrompts::setNextAnswer(QMessageBox::No);
        publish->click();
        QCOMPARE(MinutesBook::minutes(*m_db, meeting).value().state, MinutesState::Approved);
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        publish->click();
        QCOMPARE(MinutesBook::minutes(*m_db, meeting).value().state, MinutesState::Published);
    }

    void aDisabledApproveButtonNamesTheRoleItNeeds()
    {
        Editor e = open();
        const qint64 meeting = test::draftMeeting(*m_db);
        QVERIFY(MinutesBook::advance(*m_db, meeting, MinutesState::Circulated));
        // With the members' approvals in, what still stands in the way is the role.
        QVERIFY(test::approveAsVotingMembers(*m_db, meeting));
        e.editor->refresh();
        QPushButton* approve = e.editor->approveButton();
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QStringLiteral("Chair or Member")),
                 qPrintable(approve->toolTip()));
        QVERIFY(approve->statusTip().contains(QStringLiteral("Secretariat")));
        QCOMPARE(ActionGate::reason(approve), approve->statusTip());
        // As the chair it is enabled, and the reason is gone.
        m_db->setSession(test::chair());
        e.editor->refresh();
        QVERIFY(approve->isEnabled());
        QVERIFY(ActionGate::reason(approve).isEmpty());
        QVERIFY(!approve->toolTip().contains(QStringLiteral("needs the role")));
    }

    void nothingIsStaleAfterPublishing()
    {
        m_db.reset(); // the window opens the file itself
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setProfile(test::secretariat());
        MainWindow window(settings);
        auto opened = ReviewCopyOpener::open(m_copy);
        QVERIFY(opened);
        window.setDatabase(std::move(opened).value());
        Database& db = *window.database();
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* meetings = qobject_cast<MeetingsPage*>(window.sections().at(2));
        auto* calendar = qobject_cast<CalendarPage*>(window.sections().at(4));
        QVERIFY(meetings && calendar);
        calendar->setToday(QDate(2026, 11, 23)); // the month of the meeting
        window.showSection(2);
        const qint64 meeting = test::draftMeeting(db);
        const int number = Meetings::meeting(db, meeting).value().number;
        meetings->selectMeeting(meeting);
        MinutesEditor* editor = meetings->minutesEditor();

        // An undoable edit of the draft: Edit › Undo offers it.
        auto* list = editor->findChild<QListWidget*>();
        list->setCurrentRow(1);
        editor->findChild<QCheckBox*>()->click();
        editor->findChild<QCheckBox*>()->click();
        QCoreApplication::processEvents();
        QVERIFY(meetings->undoStack()->canUndo());
        QCOMPARE(meetings->undoStack()->undoText(), QStringLiteral("Make section public"));

        const QString dueUid = QStringLiteral("minutes-due-%1").arg(number);
        const auto hasEvent = [&](const QString& prefix) {
            for (const CalendarEvent& ev : calendar->model()->events()) {
                if (ev.uid.startsWith(prefix))
                    return true;
            }
            return false;
        };
        window.showSection(4);
        QVERIFY(hasEvent(dueUid));
        window.showSection(2);
        const QString bannerBefore = window.banner()->text();

        QVERIFY(MinutesBook::advance(db, meeting, MinutesState::Circulated));
        db.setSession(test::chair());
        QVERIFY(test::approveAsVotingMembers(db, meeting));
        QVERIFY(MinutesBook::advance(db, meeting, MinutesState::Approved));
        db.setSession(test::secretariat());
        QCoreApplication::processEvents();
        for (QLineEdit* l : editor->findChildren<QLineEdit*>()) {
            if (l->placeholderText().contains(QStringLiteral("web address")))
                l->setText(QStringLiteral("https://csc.example.org/minutes/2026-11-19"));
        }
        QPushButton* publish = nullptr;
        for (QPushButton* b : editor->findChildren<QPushButton*>()) {
            if (b->text() == QLatin1String("Mark published"))
                publish = b;
        }
        QVERIFY(publish && publish->isEnabled());
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        publish->click();
        QCOMPARE(MinutesBook::minutes(db, meeting).value().state, MinutesState::Published);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();

        // The banner follows: it says what core says now, not what it said before publishing.
        const QString expected = MinutesDueWidget::summary(db, QDate::currentDate());
        QVERIFY2(window.banner()->text() != bannerBefore || expected == bannerBefore,
                 qPrintable(window.banner()->text()));
        if (expected.isEmpty())
            QVERIFY(!window.banner()->isVisible());
        else // after any standing notice (a demo committee says so first)
            QVERIFY2(window.banner()->text().endsWith(expected),
                     qPrintable(window.banner()->text()));
        // The calendar (shown next) no longer lists the minutes as due, and says they were
        // published.
        window.showSection(4);
        QCoreApplication::processEvents();
        QVERIFY(!hasEvent(dueUid));
        calendar->setToday(QDate::currentDate()); // the month of publication
        QVERIFY(hasEvent(QStringLiteral("minutes-published-%1").arg(number)));
        // Undo offers nothing that can no longer apply.
        QVERIFY2(!meetings->undoStack()->canUndo()
                     || !meetings->undoStack()->undoText().contains(QStringLiteral("section")),
                 qPrintable(meetings->undoStack()->undoText()));
    }
};

QTEST_MAIN(TestDesktopMinutes)
#include "tst_desktop_minutes.moc"
