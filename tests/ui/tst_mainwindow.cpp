// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the demo database, offscreen: sections, read-only notice, geometry.
#include "ui/MainWindow.h"
#include "ui/SectionPage.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/settings/AppSettings.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QApplication>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    std::unique_ptr<AppSettings> settings()
    {
        return std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(m_demo, options));
    }

    void visitsEverySection()
    {
        auto s = settings();
        MainWindow window(*s);
        auto db = Database::open(m_demo);
        QVERIFY(db);
        window.setDatabase(std::move(db).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList expected { QStringLiteral("Cases"), QStringLiteral("Performance"),
                                     QStringLiteral("Meetings & Minutes"),
                                     QStringLiteral("Committee"), QStringLiteral("Calendar") };
        QCOMPARE(window.sections().size(), expected.size());
        auto* list = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
        QVERIFY(list);
        for (int i = 0; i < expected.size(); ++i) {
            // By keyboard, as a user would: Ctrl+1..Ctrl+5.
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentSectionIndex(), i);
            SectionPage* page = window.sections().at(i);
            QCOMPARE(page->title(), expected.at(i));
            QCOMPARE(list->item(i)->text(), expected.at(i));
            QVERIFY(page->isVisible());
            // Never a blank pane: something visible with text or content inside.
            const auto children = page->findChildren<QWidget*>();
            QVERIFY(std::any_of(children.cbegin(), children.cend(),
                                [](QWidget* w) { return w->isVisible(); }));
        }
        // The demo's latest minutes are unpublished: the banner greets the secretariat with them.
        QVERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains(QStringLiteral("minutes"), Qt::CaseInsensitive),
                 qPrintable(window.banner()->text()));
        QVERIFY(!window.banner()->text().contains(QStringLiteral("Read-only")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));
    }

    void secondWindowOnTheSameFileSaysReadOnly()
    {
        auto s = settings();
        auto first = Database::open(m_demo);
        QVERIFY(first && !first.value()->isReadOnly());
        MainWindow window(*s);
        auto second = Database::open(m_demo);
        QVERIFY(second);
        window.setDatabase(std::move(second).value());
        window.show();
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().contains(QStringLiteral("Read-only")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));
    }

    void remembersGeometryAndSection()
    {
        {
            auto s = settings();
            MainWindow window(*s);
            window.setDatabase(std::move(Database::open(m_demo)).value());
            window.show();
            window.resize(1111, 777);
            window.showSection(3);
            window.close();
        }
        auto s = settings();
        MainWindow window(*s);
        window.setDatabase(std::move(Database::open(m_demo)).value());
        window.show();
        QCOMPARE(window.size(), QSize(1111, 777));
        QCOMPARE(window.currentSectionIndex(), 3);
    }

    void refusedDatabaseKeepsTheCurrentOne()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        test::writeFile(junk, "not sqlite at all");
        auto s = settings();
        MainWindow window(*s);
        window.setDatabase(std::move(Database::open(m_demo)).value());
        UserPrompts::takeShownMessages();
        window.openDatabaseFile(junk);
        const QStringList shown = UserPrompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(QStringLiteral("not an SQLite file")));
        QVERIFY(window.database());
        QVERIFY(window.database()->path().endsWith(QStringLiteral("demo.db")));
        QCOMPARE(test::fileBytes(junk), QByteArray("not sqlite at all"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
