// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 5: one edit pipeline. Core says which operations are reversible edits, core
// announces typed row changes, an undo refuses when the row changed since the step, and a
// single-row edit updates that row in place (no model reset; selection and scroll survive).
// A meeting's location before it is held and the committee's settings are ordinary edits too.
#include "TestSupport.h"
#include "core/domain/EditOperation.h"
#include "core/meetings/MeetingLocation.h"
#include "core/meetings/Meetings.h"
#include "core/meetings/WorkPlan.h"
#include "core/settings/AppSettings.h"
#include "core/settings/CommitteeSettings.h"
#include "core/storage/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "ui/SettingsDialog.h"
#include "ui/committee/WorkPlanModel.h"
#include "ui/committee/WorkPlanPanel.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace csc;

class TestEditPipeline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

    qint64 addItem(const QString& title)
    {
        WorkItem item;
        item.title = title;
        auto id = WorkPlan::add(*m_db, item);
        return id ? id.value() : 0;
    }
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

private Q_SLOTS:
    void init()
    {
        UserPrompts::setHeadless(true);
        UserPrompts::takeShownMessages();
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Secretariat"), Role::Secretariat, 0 });
    }

    void coreSaysOnceWhichOperationsAreUndoable()
    {
        for (Operation op : { Operation::EditWorkItem, Operation::SetAttendance,
                              Operation::EditMinutesSection, Operation::MoveCase,
                              Operation::SetMeetingLocation, Operation::ChangeCommitteeSettings })
            QVERIFY(Operations::isReversibleEdit(op));
        for (Operation op :
             { Operation::CastVote, Operation::RecordRating, Operation::ProducePublicOutput,
               Operation::AddCaseComment, Operation::AdvanceMinutes, Operation::ReopenRating })
            QVERIFY(!Operations::isReversibleEdit(op));
        QSet<QString> names;
        for (Operation op : Operations::all()) {
            QVERIFY(!Operations::name(op).isEmpty());
            names.insert(Operations::name(op));
        }
        QCOMPARE(names.size(), Operations::all().size()); // each said once, none twice
    }

    void coreAnnouncesTypedRowChanges()
    {
        QList<DataChange> seen;
        QObject guard;
        connect(&ChangeNotifier::of(*m_db), &ChangeNotifier::changed, &guard,
                [&seen](const DataChange& c) { seen << c; });
        const qint64 id = addItem(QStringLiteral("Charter review"));
        QVERIFY(id);
        QCOMPARE(seen.size(), 1);
        const QString key = QString::number(id);
        const QList<EntityChange> inserted { { QStringLiteral("work_item"), key,
                                               EntityChange::Kind::Inserted } };
        QCOMPARE(seen.last().rowsOf(QStringLiteral("work_item")), inserted);
        QVERIFY(!seen.last().onlyUpdates(QStringLiteral("work_item")));

        WorkItem item = stored(id);
        item.title = QStringLiteral("Charter review 2027");
        QVERIFY(WorkPlan::update(*m_db, item));
        QCOMPARE(seen.size(), 2);
        const QList<EntityChange> updated { { QStringLiteral("work_item"), key,
                                              EntityChange::Kind::Updated } };
        QCOMPARE(seen.last().rowsOf(QStringLiteral("work_item")), updated);
        QVERIFY(seen.last().onlyUpdates(QStringLiteral("work_item")));
        QVERIFY(seen.last().touches(QStringLiteral("work_item"))); // the old test still holds
        QCOMPARE(EntityChange::kindOfAction(QStringLiteral("delete")), EntityChange::Kind::Removed);
    }

    void aSingleRowEditUpdatesThatRowOnly()
    {
        for (int i = 0; i < 60; ++i)
            QVERIFY(addItem(QStringLiteral("Work item %1").arg(i)));
        QUndoStack stack;
        WorkPlanPanel panel(m_db.get(), &stack);
        panel.resize(600, 320);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WorkPlanModel* model = panel.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* view = panel.findChild<QTableView*>();
        QVERIFY(view);
        QCOMPARE(model->rowCount(), 60);
        view->selectRow(55);
        view->scrollToBottom();
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        QVERIFY(model->setData(model->index(55, WorkPlanModel::Public), Qt::Unchecked,
                               Qt::CheckStateRole));
        QCOMPARE(stack.count(), 1);
        QVERIFY(!stored(model->itemAt(55).id).isPublic);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count() + removed.count(), 0);
        QVERIFY(changed.count() >= 1);
        for (const auto& args : changed) {
            QCOMPARE(args.at(0).toModelIndex().row(), 55);
            QCOMPARE(args.at(1).toModelIndex().row(), 55);
        }
        QCOMPARE(model->data(model->index(55, WorkPlanModel::Public), Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QCOMPARE(view->currentIndex().row(), 55);
        QVERIFY(view->selectionModel()->isRowSelected(55, {}));
        QCOMPARE(view->verticalScrollBar()->value(), scroll);

        stack.undo();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->data(model->index(55, WorkPlanModel::Public), Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QCOMPARE(view->currentIndex().row(), 55);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);

        // A row added elsewhere arrives as one inserted row, not a new model.
        QVERIFY(addItem(QStringLiteral("Added in another window")));
        panel.reload();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model->rowCount(), 61);
        QCOMPARE(view->currentIndex().row(), 55);
    }

    void undoRefusesWhenTheRowChangedSince()
    {
        const qint64 first = addItem(QStringLiteral("Annual consultation"));
        const qint64 second = addItem(QStringLiteral("Charter review"));
        QUndoStack stack;
        WorkPlanPanel panel(m_db.get(), &stack);
        WorkPlanModel* model = panel.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->setData(model->index(rowOf(model, first), WorkPlanModel::Title),
                               QStringLiteral("Annual consultation 2027")));
        QVERIFY(model->setData(model->index(rowOf(model, second), WorkPlanModel::Title),
                               QStringLiteral("Charter review 2027")));
        QCOMPARE(stack.count(), 2);

        // Another window (or a merged review copy) changes the second item after our edit.
        WorkItem elsewhere = stored(second);
        elsewhere.title = QStringLiteral("Charter review, as the chair put it");
        QVERIFY(WorkPlan::update(*m_db, elsewhere));
        UserPrompts::takeShownMessages();

        stack.undo();
        // Refused: their title stays, the user is told why, and the step left the stack.
        QCOMPARE(stored(second).title, QStringLiteral("Charter review, as the chair put it"));
        const QStringList shown = UserPrompts::takeShownMessages();
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(QStringLiteral("changed since this step")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 1);
        QVERIFY(!stack.canRedo());
        QCOMPARE(model->itemAt(rowOf(model, second)).title,
                 QStringLiteral("Charter review, as the chair put it"));

        // The earlier, untouched step still undoes and redoes.
        QVERIFY(stack.canUndo());
        stack.undo();
        QCOMPARE(stored(first).title, QStringLiteral("Annual consultation"));
        stack.redo();
        QCOMPARE(stored(first).title, QStringLiteral("Annual consultation 2027"));
        QVERIFY(UserPrompts::takeShownMessages().isEmpty());

        // A redo checks too: the row must still hold what the step found.
        stack.undo();
        WorkItem again = stored(first);
        again.title = QStringLiteral("Consultation, renamed elsewhere");
        QVERIFY(WorkPlan::update(*m_db, again));
        stack.redo();
        QCOMPARE(stored(first).title, QStringLiteral("Consultation, renamed elsewhere"));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!UserPrompts::takeShownMessages().isEmpty());
    }

    // Where a meeting is held is an ordinary edit until it is held: Edit › Undo takes it back.
    // Once held, the notice and the minutes' header said it: a correction is not offered back.
    void aMeetingsLocationUndoesUntilItIsHeld()
    {
        const QDateTime starts = QDateTime::currentDateTimeUtc().addDays(10);
        auto coming = Meetings::create(*m_db, MeetingKind::Monthly, starts);
        auto held = Meetings::create(*m_db, MeetingKind::Monthly,
                                     QDateTime::currentDateTimeUtc().addDays(-10));
        QVERIFY(coming && held);
        QVERIFY(MeetingLocation::isReversible(*m_db, coming.value()));
        QVERIFY(!MeetingLocation::isReversible(*m_db, coming.value(), starts.addSecs(1)));
        QVERIFY(!MeetingLocation::isReversible(*m_db, held.value()));

        QUndoStack stack;
        MinutesEditor editor(m_db.get(), &stack);
        editor.setMeeting(coming.value(), QDate::currentDate());
        auto* location = editor.findChild<QLineEdit*>(QStringLiteral("meetingLocation"));
        QVERIFY(location);
        location->setText(QStringLiteral("Room 2"));
        Q_EMIT location->editingFinished();
        QCOMPARE(MeetingLocation::of(*m_db, coming.value()), QStringLiteral("Room 2"));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(MeetingLocation::of(*m_db, coming.value()), QString());
        QCOMPARE(location->text(), QString());
        stack.redo();
        QCOMPARE(MeetingLocation::of(*m_db, coming.value()), QStringLiteral("Room 2"));

        // Changed elsewhere since: the undo is refused and their dial-in stays.
        QVERIFY(MeetingLocation::set(*m_db, coming.value(), QStringLiteral("Dial-in 42")));
        UserPrompts::takeShownMessages();
        stack.undo();
        QCOMPARE(MeetingLocation::of(*m_db, coming.value()), QStringLiteral("Dial-in 42"));
        QVERIFY(!UserPrompts::takeShownMessages().isEmpty());
        QCOMPARE(stack.count(), 0);

        editor.setMeeting(held.value(), QDate::currentDate());
        location->setText(QStringLiteral("Room 3, as it was"));
        Q_EMIT location->editingFinished();
        QCOMPARE(MeetingLocation::of(*m_db, held.value()), QStringLiteral("Room 3, as it was"));
        QCOMPARE(stack.count(), 0);
    }

    // The committee's settings are the rules in force now, not a record: the dialog's change is
    // one undo step, and its undo refuses when someone changed the settings since.
    void committeeSettingsUndoAsOneStep()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
        settings.setProfile(m_db->session());
        const QStringList before = CommitteeSettings::escalationLevels(*m_db);
        const QStringList wanted { QStringLiteral("IFO management"), QStringLiteral("PTI Board"),
                                   QStringLiteral("ICANN Board") };
        QVERIFY(before != wanted);
        QUndoStack stack;
        {
            SettingsDialog dialog(settings, m_db.get());
            dialog.setUndoStack(&stack);
            auto* levels = dialog.findChild<QPlainTextEdit*>();
            QVERIFY(levels);
            levels->setPlainText(wanted.join(QLatin1Char('\n')));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(CommitteeSettings::escalationLevels(*m_db), wanted);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), Operations::name(Operation::ChangeCommitteeSettings));
        stack.undo();
        QCOMPARE(CommitteeSettings::escalationLevels(*m_db), before);
        stack.redo();
        QCOMPARE(CommitteeSettings::escalationLevels(*m_db), wanted);

        // The dialog accepted again with nothing changed adds no step.
        {
            SettingsDialog dialog(settings, m_db.get());
            dialog.setUndoStack(&stack);
            dialog.accept();
        }
        QCOMPARE(stack.count(), 1);

        const QStringList elsewhere { QStringLiteral("ICANN Board") };
        QVERIFY(CommitteeSettings::setValue(*m_db, CommitteeSettings::Key::EscalationLevels,
                                            elsewhere));
        UserPrompts::takeShownMessages();
        stack.undo();
        QCOMPARE(CommitteeSettings::escalationLevels(*m_db), elsewhere);
        QVERIFY(!UserPrompts::takeShownMessages().isEmpty());
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TestEditPipeline)
#include "tst_editpipeline.moc"
