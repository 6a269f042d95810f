// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus as a new user meets them: Edit › Find (Ctrl+F) works on every section,
// the View menu shows "Meetings & Minutes" (not a mnemonic underline), Help has the user guide and
// What's This, and File › Print… prints each section's document as its export lays it out.
#include "DesktopFixture.h"
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "core/export/MinutesExporter.h"
#include "ui/meetings/MeetingsPage.h"
#include "core/settings/AppSettings.h"
#include "ui/widgets/DocumentPrinter.h"
#include "ui/widgets/FindBar.h"
#include "ui/widgets/UserPrompts.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTextBrowser>

using namespace csc;

class TestDesktopWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QMenu* menu(const QString& title) const
    {
        for (QAction* a : m_window->menuBar()->actions()) {
            if (a->menu() && a->text().remove(QLatin1Char('&')) == title)
                return a->menu();
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        m_demo = test::makeDemo(m_dir);
        QVERIFY(!m_demo.isEmpty());
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings->setProfile(test::secretariat());
        m_window = std::make_unique<MainWindow>(*m_settings);
        auto db = Database::open(m_demo);
        QVERIFY(db);
        m_window->setDatabase(std::move(db).value());
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void ctrlFWorksOnEverySection()
    {
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(m_window->currentSectionIndex(), i);
            QApplication::processEvents();
            m_window->sections().at(i)->setFocus();
            QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
            QApplication::processEvents();
            auto* field = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            QVERIFY2(
                field,
                qPrintable(QStringLiteral("section %1: no search field has the focus").arg(i)));
            QVERIFY(field->isVisible());
            QVERIFY(!field->placeholderText().isEmpty());
            QTest::keyClick(field, Qt::Key_Escape);
        }
    }

    void theFindBarFindsAMeeting()
    {
        m_window->showSection(2);
        auto* meetings = qobject_cast<MeetingsPage*>(m_window->sections().at(2));
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        FindBar* bar = m_window->findBar();
        QVERIFY(bar->isVisible());
        // The meeting list holds "no. 1" somewhere down; typing finds and selects it.
        QTableView* list = meetings->meetingList();
        const QString wanted
            = list->model()->index(list->model()->rowCount() - 1, 0).data().toString();
        QVERIFY(!wanted.isEmpty());
        QTest::keyClicks(bar->field(), wanted);
        QVERIFY2(bar->status().startsWith(QStringLiteral("Found")), qPrintable(bar->status()));
        QTest::keyClick(bar->field(), Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void theViewMenuShowsTheAmpersand()
    {
        QMenu* view = menu(QStringLiteral("View"));
        QVERIFY(view);
        QStringList texts;
        for (QAction* a : view->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Meetings && Minutes")),
                 qPrintable(texts.join(QLatin1String(" | "))));
    }

    void helpHasTheUserGuideAndWhatsThis()
    {
        QMenu* help = menu(QStringLiteral("Help"));
        QVERIFY(help);
        QAction* guide = nullptr;
        bool whatsThis = false;
        for (QAction* a : help->actions()) {
            if (a->text().contains(QStringLiteral("User Guide")))
                guide = a;
            whatsThis = whatsThis || a->text().contains(QStringLiteral("What's"));
        }
        QVERIFY(guide && whatsThis);
        guide->trigger();
        auto* dialog = m_window->findChild<QDialog*>(QStringLiteral("userGuide"));
        QVERIFY(dialog && dialog->isVisible());
        auto* browser = dialog->findChild<QTextBrowser*>();
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Attendance")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Ctrl+F")));
        dialog->close();
        // The complex controls explain themselves.
        auto* meetings = qobject_cast<MeetingsPage*>(m_window->sections().at(2));
        QVERIFY(!meetings->attendanceView()->whatsThis().isEmpty());
    }

    void printPrintsTheExportedMinutes()
    {
        m_window->showSection(2);
        auto* meetings = qobject_cast<MeetingsPage*>(m_window->sections().at(2));
        meetings->selectMeeting(test::draftMeeting(*m_window->database()));
        QVERIFY(m_window->printAction());
        QMenu* file = menu(QStringLiteral("File"));
        QMetaObject::invokeMethod(file, "aboutToShow");
        QVERIFY2(m_window->printAction()->isEnabled(),
                 qPrintable(m_window->printAction()->statusTip()));
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        DocumentPrinter::setHeadlessOutput(pdf);
        m_window->printAction()->trigger();
        DocumentPrinter::setHeadlessOutput({});
        QVERIFY(QFileInfo(pdf).size() > 1000);
        // The same document as the export: its title and a public section heading are printed.
        auto pub = MinutesExporter::publicMinutes(*m_window->database(),
                                                  test::draftMeeting(*m_window->database()));
        QVERIFY(pub);
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Roll call")), qPrintable(text.left(400)));
        // Calendar prints nothing, and says where printing is.
        m_window->showSection(4);
        QVERIFY(!m_window->printAction()->isEnabled());
        QVERIFY(m_window->printAction()->statusTip().contains(QStringLiteral("Meetings")));
    }
};

QTEST_MAIN(TestDesktopWindow)
#include "tst_desktop_window.moc"
