// SPDX-License-Identifier: GPL-3.0-or-later
// The window's start loads what the first board needs first: the file's check runs beside
// it (never skipped: a damaged file refuses every write and is closed with the refusal),
// and the board shows its own cases before the archive and the patterns follow.
#include "DesktopFixture.h"
#include "core/cases/CaseRepository.h"
#include "core/domain/AuditedWrite.h"
#include "core/settings/AppSettings.h"
#include "core/storage/FileCheck.h"
#include "core/storage/SqlQuery.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/CasesPage.h"
#include "ui/widgets/UserPrompts.h"

#include <QSignalSpy>
#include <QUndoGroup>

using namespace csc;

class TestDesktopStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A copy of the demo with pages in the middle scribbled over (header and schema intact).
    QString damagedCopy(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QByteArray bytes = test::fileBytes(m_demo);
        const int pages = int(bytes.size() / 4096);
        for (int i = (pages * 6 / 10) * 4096; i < (pages * 6 / 10 + 3) * 4096; ++i)
            bytes[i] = char(0x5a ^ (i & 0xff));
        test::writeFile(path, bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        m_demo = test::makeDemo(m_dir);
        QVERIFY(!m_demo.isEmpty());
        // A few archived cases, so the board has an archive to fetch behind it.
        auto db = test::openOrFail(m_demo);
        QVERIFY(db);
        db->setSession(test::secretariat());
        auto cases = CaseRepository::list(*db);
        QVERIFY(cases);
        int archived = 0;
        for (const CaseSummary& c : cases.value()) {
            if (!c.isOpen() && !c.archived && archived < 3) {
                QVERIFY(CaseRepository::setArchived(*db, c.id, true));
                ++archived;
            }
        }
        QVERIFY(archived > 0);
    }

    void intactFileIsCheckedBesideTheFirstReads()
    {
        auto db = FileCheck::open(m_demo, {}, FileCheck::When::InBackground);
        QVERIFY(db);
        QVERIFY(FileCheck::pending(*db.value()).valid());
        QVERIFY(FileCheck::of(*db.value()));
        QVERIFY(auditedWrite(*db.value(), std::nullopt, [](WriteScope&) -> Status { return {}; }));
    }

    void damagedFileRefusesWritesAndLeavesTheFileAsItWas()
    {
        const QString file = damagedCopy(QStringLiteral("damaged.db"));
        const QByteArray before = test::fileBytes(file);
        {
            auto db = FileCheck::open(file, {}, FileCheck::When::InBackground);
            if (!db) {
                // Damage can show before the check too: refused all the same.
                QVERIFY2(db.error().message.contains(QStringLiteral("damaged")),
                         qPrintable(db.error().fullText()));
            } else {
                const Status checked = FileCheck::of(*db.value());
                QVERIFY(!checked);
                QVERIFY2(checked.error().message.contains(QStringLiteral("damaged")),
                         qPrintable(checked.error().fullText()));
                // Every write waits for the check and is refused with its reason.
                const Status write = auditedWrite(*db.value(), std::nullopt,
                                                  [](WriteScope&) -> Status { return {}; });
                QVERIFY(!write);
                QVERIFY(write.error().message.contains(QStringLiteral("damaged")));
            }
        }
        QCOMPARE(test::fileBytes(file), before);
    }

    void windowClosesADamagedFileWithTheRefusal()
    {
        const QString file = damagedCopy(QStringLiteral("damaged-window.db"));
        auto db = FileCheck::open(file, {}, FileCheck::When::InBackground);
        if (!db)
            QSKIP("the damage was found before the deferred check");
        AppSettings settings(m_dir.filePath(QStringLiteral("s1.ini")));
        settings.setProfile(test::secretariat());
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(&window, &MainWindow::databaseChecked);
        UserPrompts::takeShownMessages();
        window.setDatabase(std::move(db).value());
        QVERIFY(checked.count() > 0 || checked.wait(60000));
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY(!window.database());
        const QStringList shown = UserPrompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QStringLiteral("damaged")), qPrintable(shown.first()));
    }

    void boardShowsItsCasesFirstAndTheArchiveFollows()
    {
        auto db = test::openOrFail(m_demo);
        QVERIFY(db);
        db->setSession(test::secretariat());
        AppSettings settings(m_dir.filePath(QStringLiteral("s2.ini")));
        QUndoGroup undo;
        const AppContext context { db.get(), &settings, &undo };
        CasesPage page(context);
        // Built with the cases on the board only; the rest is still to come.
        QVERIFY(!page.isFullyLoaded());
        QSignalSpy loaded(&page, &CasesPage::fullyLoaded);
        QVERIFY(loaded.wait(60000));
        QVERIFY(page.isFullyLoaded());
        // Then the model holds every case, the archive included, as before.
        QCOMPARE(page.model()->rowCount(), int(CaseRepository::list(*db).value().size()));
    }

    void archiveFilterNeverShowsAPartialArchive()
    {
        auto db = test::openOrFail(m_demo);
        QVERIFY(db);
        db->setSession(test::secretariat());
        AppSettings settings(m_dir.filePath(QStringLiteral("s3.ini")));
        QUndoGroup undo;
        const AppContext context { db.get(), &settings, &undo };
        CasesPage page(context);
        QVERIFY(!page.isFullyLoaded());
        // Asking for the whole record (any accessor, the archive filter) completes it at once.
        CaseListModel* model = page.model();
        QVERIFY(page.isFullyLoaded());
        QCOMPARE(model->rowCount(), int(CaseRepository::list(*db).value().size()));
    }
};

QTEST_MAIN(TestDesktopStartup)
#include "tst_desktop_startup.moc"
