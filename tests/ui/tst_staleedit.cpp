// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrent editing without lost updates, as the user sees it: an edit made from what the
// editor showed before a colleague changed the record is refused with a message naming them;
// the user's text is kept, and they choose to save it over the newer version (their
// colleague's other changes stay) or to drop it for the newer version.
#include "TestSupport.h"
#include "core/meetings/MeetingLocation.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/WorkPlan.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "ui/committee/WorkPlanModel.h"
#include "ui/committee/WorkPlanPanel.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/widgets/UserPrompts.h"

#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace csc;

class TestStaleEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    const UserSession m_user { QStringLiteral("Ben Okafor"), Role::Secretariat, 0 };
    const UserSession m_colleague { QStringLiteral("Ana Silva"), Role::Secretariat, 0 };

    WorkItem stored(qint64 id)
    {
        for (const WorkItem& w : WorkPlan::items(*m_db).valueOr({})) {
            if (w.id == id)
                return w;
        }
        return {};
    }
    static int rowOf(const WorkPlanModel* model, qint64 id)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->itemAt(row).id == id)
                return row;
        }
        return -1;
    }
    // A colleague's change, made while the user's editor still shows the record as before.
    template<typename Change> void asColleague(Change&& change)
    {
        m_db->setSession(m_colleague);
        change();
        m_db->setSession(m_user);
    }

private Q_SLOTS:
    void init()
    {
        UserPrompts::setHeadless(true);
        UserPrompts::takeShownMessages();
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession(m_user);
    }

    void aStaleWorkItemEditIsRefusedNamingWhoAndSavedOnlyWhenAsked()
    {
        WorkItem item;
        item.title = QStringLiteral("Charter review");
        item.description = QStringLiteral("Review the charter with the GNSO.");
        auto id = WorkPlan::add(*m_db, item);
        QVERIFY(id);
        QUndoStack stack;
        WorkPlanPanel panel(m_db.get(), &stack);
        WorkPlanModel* model = panel.model();
        QCOMPARE(model->itemAt(rowOf(model, id.value())).title, item.title);

        // Ana makes the item internal while Ben's plan still shows it as it was.
        asColleague([&] {
            WorkItem hers = stored(id.value());
            hers.isPublic = false;
            QVERIFY(WorkPlan::update(*m_db, hers));
        });

        // Ben retitles it; the save is refused and he is asked, naming Ana. He keeps his.
        UserPrompts::setNextAnswer(QMessageBox::Save);
        QVERIFY(model->setData(model->index(rowOf(model, id.value()), WorkPlanModel::Title),
                               QStringLiteral("Charter review 2027")));
        const QStringList asked = UserPrompts::takeShownMessages();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QLatin1String("Ana Silva")), qPrintable(asked.first()));
        QVERIFY(asked.first().contains(QLatin1String("your text is kept")));
        // Until the saved-again step has run, Ana's version is what core holds.
        QCOMPARE(stored(id.value()).title, item.title);
        QTRY_COMPARE(stored(id.value()).title, QStringLiteral("Charter review 2027"));
        // Nothing lost: Ana's change stays, Ben's title is on it, both in the audit trail.
        QVERIFY(!stored(id.value()).isPublic);
        QCOMPARE(model->itemAt(rowOf(model, id.value())).title,
                 QStringLiteral("Charter review 2027"));
        const auto entries
            = AuditLog::entries(*m_db, QStringLiteral("work_item"), QString::number(id.value()))
                  .value();
        QCOMPARE(entries.at(entries.size() - 2).actor, m_colleague.name);
        QCOMPARE(entries.last().actor, m_user.name);
        QCOMPARE(stack.count(), 1); // only the saved step is on the undo stack

        // The next stale edit: Ben drops his and sees Ana's.
        asColleague([&] {
            WorkItem hers = stored(id.value());
            hers.title = QStringLiteral("Charter review (chair's wording)");
            QVERIFY(WorkPlan::update(*m_db, hers));
        });
        UserPrompts::setNextAnswer(QMessageBox::Discard);
        QVERIFY(model->setData(model->index(rowOf(model, id.value()), WorkPlanModel::Title),
                               QStringLiteral("Ben's second try")));
        QVERIFY(UserPrompts::takeShownMessages()
                    .join(QLatin1Char('\n'))
                    .contains(QLatin1String("Ana Silva")));
        QTest::qWait(0);
        QCoreApplication::processEvents();
        QCOMPARE(stored(id.value()).title, QStringLiteral("Charter review (chair's wording)"));
        QCOMPARE(model->itemAt(rowOf(model, id.value())).title,
                 QStringLiteral("Charter review (chair's wording)"));

        // Having seen it, his next edit goes through without a question.
        QVERIFY(model->setData(model->index(rowOf(model, id.value()), WorkPlanModel::Title),
                               QStringLiteral("Charter review, agreed")));
        QVERIFY(UserPrompts::takeShownMessages().isEmpty());
        QCOMPARE(stored(id.value()).title, QStringLiteral("Charter review, agreed"));
    }

    void theMeetingLocationKeepsWhatTheUserTyped()
    {
        auto meeting = Meetings::create(*m_db, MeetingKind::Monthly,
                                        QDateTime(QDate(2026, 11, 16), QTime(14, 0), Qt::UTC));
        QVERIFY2(meeting, meeting ? "" : qPrintable(meeting.error().fullText()));
        QUndoStack stack;
        MinutesEditor editor(m_db.get(), &stack);
        editor.setMeeting(meeting.value(), QDate(2026, 11, 10));
        auto* location = editor.findChild<QLineEdit*>(QStringLiteral("meetingLocation"));
        QVERIFY(location);

        asColleague([&] {
            QVERIFY(MeetingLocation::set(*m_db, meeting.value(), QStringLiteral("Room 2")));
        });
        // Ben types the dial-in and leaves the field: refused, naming Ana; he keeps his text.
        UserPrompts::setNextAnswer(QMessageBox::Save);
        location->setText(QStringLiteral("Zoom 123 456 789"));
        Q_EMIT location->editingFinished();
        const QStringList asked = UserPrompts::takeShownMessages();
        QVERIFY2(asked.join(QLatin1Char('\n')).contains(QLatin1String("Ana Silva")),
                 qPrintable(asked.join(QLatin1Char('\n'))));
        QCOMPARE(location->text(), QStringLiteral("Zoom 123 456 789"));
        QCOMPARE(MeetingLocation::of(*m_db, meeting.value()), QStringLiteral("Zoom 123 456 789"));

        // Again, and this time he takes Ana's: the field shows hers, nothing of his is saved.
        asColleague([&] {
            QVERIFY(MeetingLocation::set(*m_db, meeting.value(), QStringLiteral("Room 3")));
        });
        UserPrompts::setNextAnswer(QMessageBox::Discard);
        location->setText(QStringLiteral("Zoom 987"));
        Q_EMIT location->editingFinished();
        QCOMPARE(MeetingLocation::of(*m_db, meeting.value()), QStringLiteral("Room 3"));
        QCOMPARE(location->text(), QStringLiteral("Room 3"));

        // And a refusal that is not stale (no permission) leaves the typed text in the field.
        m_db->setSession({ QStringLiteral("Olga Observer"), Role::Observer, 0 });
        location->setText(QStringLiteral("Observer's guess"));
        Q_EMIT location->editingFinished();
        QCOMPARE(location->text(), QStringLiteral("Observer's guess"));
        QCOMPARE(MeetingLocation::of(*m_db, meeting.value()), QStringLiteral("Room 3"));
    }
};

QTEST_MAIN(TestStaleEdit)
#include "tst_staleedit.moc"
