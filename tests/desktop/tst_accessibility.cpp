// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen readers, through Qt's accessibility interfaces (what AT-SPI exposes):
// every section's main controls have a name and a role, and a keyboard-only pass records
// attendance, moves a case and circulates minutes.
#include "DesktopFixture.h"
#include "core/cases/CaseRepository.h"
#include "core/settings/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "ui/cases/CaseBoard.h"
#include "ui/cases/CaseDetailPane.h"
#include "ui/cases/CasesPage.h"
#include "ui/cases/MoveDialog.h"
#include "ui/meetings/AttendanceModel.h"
#include "ui/meetings/MeetingsPage.h"
#include "ui/meetings/MinutesEditor.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTimer>

using namespace csc;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    // Moves the focus with Tab until `target` has it, as a keyboard user does.
    static bool tabTo(QWidget* window, QWidget* target)
    {
        for (int i = 0; i < 400; ++i) {
            if (QApplication::focusWidget() == target)
                return true;
            QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : window;
            QTest::keyClick(focus, Qt::Key_Tab);
        }
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        const QString demo = test::makeDemo(m_dir);
        QVERIFY(!demo.isEmpty());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings->setProfile(test::secretariat());
        m_window = std::make_unique<MainWindow>(*m_settings);
        auto db = Database::open(demo);
        QVERIFY(db);
        m_window->setDatabase(std::move(db).value());
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QAccessible::setActive(true);
    }

    void cleanupTestCase() { m_window.reset(); }

    void everySectionsControlsHaveNamesAndRoles_data()
    {
        QTest::addColumn<int>("section");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(qPrintable(m_window->sections().at(i)->title())) << i;
    }

    void everySectionsControlsHaveNamesAndRoles()
    {
        QFETCH(int, section);
        m_window->showSection(section);
        QApplication::processEvents();
        SectionPage* page = m_window->sections().at(section);
        QStringList unnamed;
        int checked = 0;
        for (QWidget* w : page->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
                || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w)
                || qobject_cast<QTextEdit*>(w);
            // Header views speak through their table.
            if (!control || !w->isVisible() || qobject_cast<QHeaderView*>(w))
                continue;
            // The line edit inside a combo or spin box speaks through its owner.
            if (qobject_cast<QLineEdit*>(w)
                && (qobject_cast<QComboBox*>(w->parentWidget())
                    || qobject_cast<QAbstractSpinBox*>(w->parentWidget())))
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY(iface);
            ++checked;
            QVERIFY2(iface->role() != QAccessible::NoRole && iface->role() != QAccessible::Client,
                     qPrintable(QLatin1String(w->metaObject()->className())));
            // The accessible name (a combo box also reads its value; a button its text).
            const QString name = iface->text(QAccessible::Name);
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 (%3)")
                               .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                                    w->parentWidget() ? QLatin1String(
                                        w->parentWidget()->metaObject()->className())
                                                      : QLatin1String("-"));
        }
        QVERIFY(checked >= 3);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String("; "))));
    }

    void keyboardOnlyRecordsAttendanceMovesACaseAndCirculatesMinutes()
    {
        Database& db = *m_window->database();
        // 1. Attendance: Ctrl+3, the Attendance tab, the table by Tab, F2 and the arrow keys.
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        auto* meetings = qobject_cast<MeetingsPage*>(m_window->sections().at(2));
        const qint64 meeting = test::draftMeeting(db);
        meetings->selectMeeting(meeting);
        meetings->tabs()->setFocus();
        meetings->tabs()->setCurrentIndex(2);
        QTableView* roll = meetings->attendanceView();
        QVERIFY(tabTo(m_window.get(), roll));
        roll->setCurrentIndex(roll->model()->index(1, AttendanceModel::Status));
        const AttendanceStatus was = Meetings::load(db, meeting).value().attendance.at(1).status;
        QTest::keyClick(roll, Qt::Key_F2);
        auto* box = roll->findChild<QComboBox*>();
        QVERIFY(box);
        QTest::keyClick(box, was == AttendanceStatus::Absent ? Qt::Key_Up : Qt::Key_Down);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(Meetings::load(db, meeting).value().attendance.at(1).status != was);

        // 2. Circulate the minutes: the Minutes tab, Tab to the button, Space.
        meetings->tabs()->setCurrentIndex(0);
        QPushButton* circulate = nullptr;
        for (QPushButton* b : meetings->minutesEditor()->findChildren<QPushButton*>()) {
            if (b->text() == QLatin1String("Circulate to members"))
                circulate = b;
        }
        QVERIFY(circulate && circulate->isEnabled());
        meetings->minutesEditor()->setFocus();
        QVERIFY2(tabTo(m_window.get(), circulate), "the Circulate button is not reachable by Tab");
        QTest::keyClick(circulate, Qt::Key_Space);
        QCOMPARE(MinutesBook::minutes(db, meeting).value().state, MinutesState::Circulated);

        // 3. Move a case: Ctrl+1, a card by the arrow keys, the menu key, a step, the dialog.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        auto* cases = qobject_cast<CasesPage*>(m_window->sections().at(0));
        cases->showProcess(CaseProcess::Complaint);
        CaseBoard* board = cases->board(CaseProcess::Complaint);
        QAbstractItemView* raised = nullptr;
        // A complaint early in the process (reported to the committee, or raised with the IFO).
        for (const char* step : { "column_reported", "column_raised" }) {
            for (QAbstractItemView* column : board->findChildren<QAbstractItemView*>()) {
                if (!raised && column->objectName() == QLatin1String(step)
                    && column->model()->rowCount() > 0)
                    raised = column;
            }
        }
        QVERIFY2(raised, "the demo has a complaint early in its process");
        raised->setFocus();
        QTest::keyClick(raised, Qt::Key_Home);
        const qint64 caseId = raised->currentIndex().data(Qt::UserRole + 1).toLongLong();
        QVERIFY(caseId);
        const QString stepBefore = CaseRepository::summary(db, caseId).value().step;
        bool dialog = false;
        // The dialog is answered through the UserPrompts seam; only the popup menu needs a timer.
        UserPrompts::setNextDialog([&](QDialog& shown) {
            auto* move = qobject_cast<MoveDialog*>(&shown);
            if (!move)
                return;
            dialog = true;
            move->setDocumentPath(QString());
            auto* note = move->findChild<QPlainTextEdit*>();
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("By keyboard"));
            QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        });
        QTimer::singleShot(50, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        // The Menu key (what Qt makes of it: a keyboard context-menu event on the card).
        const QPoint at = raised->visualRect(raised->currentIndex()).center();
        QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at,
                                  raised->viewport()->mapToGlobal(at));
        QApplication::sendEvent(raised->viewport(), &menuKey);
        QVERIFY(dialog);
        QTRY_VERIFY(CaseRepository::summary(db, caseId).value().step != stepBefore);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
