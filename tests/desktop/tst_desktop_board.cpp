// SPDX-License-Identifier: GPL-3.0-or-later
// The case board as a new user meets it: a drag lights up the legal target columns, the Move to…
// menu lists the steps directly, Ctrl+Enter submits the move dialog, a case the filter hides
// leaves the detail pane, and an inadmissible category is refused as soon as it is chosen.
#include "../cases/CaseTestHelpers.h"
#include "TestSupport.h"
#include "ui/cases/BoardColumnView.h"
#include "ui/cases/CaseBoard.h"
#include "ui/cases/CaseDetailPane.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/CasesPage.h"
#include "ui/cases/MoveDialog.h"
#include "ui/cases/NewCaseDialog.h"
#include "ui/widgets/UserPrompts.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace csc;

class TestDesktopBoard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CasesPage> m_page;
    qint64 m_case = 0;
    qint64 m_other = 0;

    CaseBoard* board() const { return m_page->board(CaseProcess::Complaint); }

private Q_SLOTS:
    void initTestCase() { UserPrompts::setHeadless(true); }

    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        m_db->setSession({ QStringLiteral("Sam"), Role::Secretariat, 0 });
        auto a = test::openCase(*m_db, CaseProcess::Complaint, QStringLiteral("Checks fail"),
                                QDate(2026, 1, 5));
        auto b = test::openCase(*m_db, CaseProcess::Complaint, QStringLiteral("Slow lodging"),
                                QDate(2026, 1, 6));
        QVERIFY(a && b);
        m_case = a.value();
        m_other = b.value();
        m_page = std::make_unique<CasesPage>(AppContext { m_db.get(), nullptr, nullptr });
        m_page->resize(1440, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_db.reset();
    }

    void aDragHighlightsTheLegalColumns()
    {
        BoardColumnView* raised = board()->column(QStringLiteral("raised"));
        QVERIFY(raised && raised->model()->rowCount() == 2);
        const QModelIndex card = raised->model()->index(0, 0);
        raised->setCurrentIndex(card);
        const QPoint at = raised->visualRect(card).center();
        QWidget* viewport = raised->viewport();
        bool sawDrag = false;
        bool reportedLit = false, raisedLit = true, closedLit = true;
        QString header;
        connect(raised, &BoardColumnView::dragStarted, this, [&] {
            sawDrag = true;
            // The board lit up the targets before the drag runs (its slot is connected first).
            reportedLit = board()->isHighlightedTarget(QStringLiteral("reported"));
            raisedLit = board()->isHighlightedTarget(QStringLiteral("raised"));
            closedLit = board()->isHighlightedTarget(QStringLiteral("ombudsman"));
            header = board()->findChildren<QLabel*>().at(1)->text();
            // Let go, should Qt's drag loop wait for the user (it returns at once offscreen).
            QTimer::singleShot(200, viewport,
                               [viewport] { QTest::keyClick(viewport, Qt::Key_Escape); });
        });
        QMouseEvent press(QEvent::MouseButtonPress, at, viewport->mapToGlobal(at), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &press);
        for (int dx : { 5, 30, 60 }) {
            const QPoint to = at + QPoint(dx, dx);
            QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QVERIFY2(sawDrag, "the drag did not start");
        QVERIFY(reportedLit);
        QVERIFY(!raisedLit);
        QVERIFY(!closedLit);
        QVERIFY2(header.contains(QStringLiteral("legal")), qPrintable(header));
        // After the drag nothing stays lit.
        QVERIFY(!board()->isHighlightedTarget(QStringLiteral("reported")));
    }

    void moveToListsTheStepsAndCtrlEnterSubmits()
    {
        QVERIFY(board()->selectCase(m_case));
        QCOMPARE(m_page->detailPane()->caseId(), m_case);
        QPushButton* move = nullptr;
        for (QPushButton* b : m_page->detailPane()->findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Move to…"))
                move = b;
        }
        QVERIFY(move);
        QVERIFY2(move->isEnabled(), qPrintable(move->toolTip()));
        QStringList items;
        bool submenu = false;
        bool dialogShown = false;
        // The dialog, answered through the UserPrompts seam: a note, Ctrl+Enter.
        UserPrompts::setNextDialog([&](QDialog& shown) {
            auto* dialog = qobject_cast<MoveDialog*>(&shown);
            if (!dialog)
                return;
            dialogShown = true;
            auto* note = dialog->findChild<QPlainTextEdit*>();
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("Reported at the November meeting"));
            QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        });
        // The menu (a popup, not a dialog): pick the first step with the keyboard.
        QTimer::singleShot(50, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* a : menu->actions()) {
                if (!a->isSeparator())
                    items << a->text();
                submenu = submenu || a->menu();
            }
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        move->click();
        QVERIFY2(!submenu, "the menu must list the steps, not a Move to… submenu");
        QVERIFY2(!items.isEmpty() && !items.first().startsWith(QStringLiteral("Move to…")),
                 qPrintable(items.join(QLatin1String(" | "))));
        QVERIFY(dialogShown);
        QCOMPARE(CaseRepository::summary(*m_db, m_case).value().step, QStringLiteral("reported"));
    }

    void aCaseTheFilterHidesLeavesTheDetailPane()
    {
        QVERIFY(board()->selectCase(m_case));
        QCOMPARE(m_page->detailPane()->caseId(), m_case);
        m_page->setSearchText(QStringLiteral("Slow lodging"));
        QVERIFY(!board()->containsCase(m_case));
        // The hidden case is no longer open in the detail pane (a shown card may be).
        QVERIFY(m_page->detailPane()->caseId() != m_case);
        // The hit is marked on the card that matches.
        BoardColumnView* raised = board()->column(QStringLiteral("raised"));
        raised->clearSelection();
        raised->setCurrentIndex(QModelIndex());
        const QRgb highlight = raised->palette().color(QPalette::Highlight).rgb() & 0xffffff;
        const auto marked = [&] {
            const QImage shot = raised->viewport()->grab().toImage();
            int n = 0;
            for (int y = 0; y < shot.height(); ++y) {
                for (int x = 0; x < shot.width(); ++x)
                    n += (shot.pixel(x, y) & 0xffffff) == highlight ? 1 : 0;
            }
            return n;
        };
        const int withHits = marked();
        m_page->setSearchText(QString());
        raised->clearSelection();
        const int without = marked();
        QVERIFY2(withHits > without + 30,
                 qPrintable(QStringLiteral("%1 vs %2").arg(withHits).arg(without)));
        QVERIFY(board()->containsCase(m_case));
    }

    void reDelegationIsRefusedAtOnce()
    {
        NewCaseDialog dialog(
            CaseProcess::Complaint, {}, [](const NewCase&) -> Result<qint64> { return 1; },
            nullptr);
        dialog.show();
        QComboBox* category = nullptr;
        for (QComboBox* box : dialog.findChildren<QComboBox*>()) {
            if (box->findData(QStringLiteral("redelegation")) >= 0)
                category = box;
        }
        QVERIFY(category);
        QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        category->setCurrentIndex(category->findData(QStringLiteral("redelegation")));
        QVERIFY(!ok->isEnabled());
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("newCaseError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("excluded")));
        category->setCurrentIndex(0);
        QVERIFY(ok->isEnabled());
        QVERIFY(!error->isVisible());
    }
};

QTEST_MAIN(TestDesktopBoard)
#include "tst_desktop_board.moc"
