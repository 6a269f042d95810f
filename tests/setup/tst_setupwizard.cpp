// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 in the app: File › New Committee…, the set-up assistant's pages, the notice of
// what is still missing, the demo's notice, and no silent creation of a database.
#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/settings/AppSettings.h"
#include "core/settings/CommitteeSettings.h"
#include "ui/setup/SetupTransferButtons.h"
#include "ui/setup/SetupWizard.h"
#include "core/storage/Database.h"
#include "core/storage/SqlQuery.h"
#include "ui/widgets/NoticeBanner.h"
#include "ui/widgets/UserPrompts.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace csc;

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<AppSettings> settings()
    {
        return std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    static QString data(const QString& name)
    {
        return test::testDataPath(QStringLiteral("setup/") + name);
    }
    // Screenshots of the pages for review, when CSC_SCREENSHOT_DIR names a folder.
    static void snap(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CSC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QDir(dir).filePath(name + QLatin1String(".png")));
    }
    static bool anyMessageContains(const QStringList& messages, const QString& text)
    {
        return std::any_of(messages.cbegin(), messages.cend(),
                           [&](const QString& m) { return m.contains(text); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UserPrompts::setHeadless(true);
    }

    void newCommitteeRunsTheAssistantPageByPage()
    {
        auto s = settings();
        MainWindow window(*s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString file = m_dir.filePath(QStringLiteral("ours.db"));
        UserPrompts::setNextFileName(file);
        auto* action = window.findChild<QAction*>(QStringLiteral("newCommitteeAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(window.database());
        QCOMPARE(QFileInfo(window.database()->path()), QFileInfo(file));
        Database& db = *window.database();
        QVERIFY2(window.banner()->text().contains(QStringLiteral("Set-up not finished")),
                 qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(QStringLiteral("the roster")));

        auto* wizard = window.findChild<SetupWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(SetupWizard::NamePage));
        // Name and publication language.
        wizard->findChild<QLineEdit*>(QStringLiteral("committeeName"))
            ->setText(QStringLiteral("Our CSC"));
        auto* language = wizard->findChild<QComboBox*>(QStringLiteral("publicationLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        snap(wizard, QStringLiteral("setup-1-name"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::RosterPage));
        QCOMPARE(CommitteeSettings::value(db, CommitteeSettings::Key::CommitteeName).toString(),
                 QStringLiteral("Our CSC"));
        QCOMPARE(queryScalar(db,
                             QStringLiteral("SELECT value FROM committee_setting WHERE key = "
                                            "'publication/language'"))
                     .value()
                     .toString(),
                 QStringLiteral("fr"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Our CSC")));

        // Roster: a bad file is refused with its line, a good one fills the list and the check.
        QWizardPage* rosterPage = wizard->page(SetupWizard::RosterPage);
        auto* rosterTransfer = rosterPage->findChild<SetupTransferButtons*>();
        auto* composition = rosterPage->findChild<QLabel*>(QStringLiteral("compositionCheck"));
        QVERIFY(composition->text().contains(QStringLiteral("gTLD")));
        UserPrompts::takeShownMessages();
        QVERIFY(!rosterTransfer->importFrom(data(QStringLiteral("bad_roster.csv"))));
        QVERIFY(anyMessageContains(UserPrompts::takeShownMessages(),
                                   QStringLiteral("bad_roster.csv:3:4")));
        QCOMPARE(
            rosterPage->findChild<QTreeWidget*>(QStringLiteral("rosterList"))->topLevelItemCount(),
            0);
        QVERIFY(rosterTransfer->importFrom(data(QStringLiteral("roster.csv"))));
        QCOMPARE(
            rosterPage->findChild<QTreeWidget*>(QStringLiteral("rosterList"))->topLevelItemCount(),
            6);
        QVERIFY2(composition->text().contains(QStringLiteral("meets the charter")),
                 qPrintable(composition->text()));
        QVERIFY(!window.banner()->text().contains(QStringLiteral("the roster")));
        snap(wizard, QStringLiteral("setup-2-roster"));
        wizard->next();

        // Holidays typed in: a bad line keeps the page, a good list is saved.
        QCOMPARE(wizard->currentId(), int(SetupWizard::HolidayPage));
        auto* typed = wizard->findChild<QPlainTextEdit*>(QStringLiteral("typedHolidays"));
        typed->setPlainText(QStringLiteral("2027-01-01 New Year's Day\n2027-13-01 Nonsense\n"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::HolidayPage));
        QVERIFY(anyMessageContains(UserPrompts::takeShownMessages(), QStringLiteral(":2:1:")));
        QCOMPARE(CommitteeSettings::holidays(db).value().size(), 0);
        typed->setPlainText(
            QStringLiteral("2027-01-01 New Year's Day\n2027-12-25 Christmas Day\n"));
        snap(wizard, QStringLiteral("setup-3-holidays"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::CataloguePage));
        QCOMPARE(CommitteeSettings::holidays(db).value().size(), 2);

        // The catalogue, shown in natural units.
        QWizardPage* cataloguePage = wizard->page(SetupWizard::CataloguePage);
        QVERIFY(cataloguePage->findChild<SetupTransferButtons*>()->importFrom(
            data(QStringLiteral("catalogue.csv"))));
        auto* catalogue = cataloguePage->findChild<QTreeWidget*>(QStringLiteral("catalogueList"));
        QCOMPARE(catalogue->topLevelItemCount(), 7);
        QVERIFY(!catalogue->findItems(QStringLiteral("≤ 3 days"), Qt::MatchExactly, 2).isEmpty());
        snap(wizard, QStringLiteral("setup-4-catalogue"));
        wizard->next();

        // The rules: confirming them finishes the set-up; the notice goes.
        QCOMPARE(wizard->currentId(), int(SetupWizard::RulesPage));
        snap(wizard, QStringLiteral("setup-5-rules"));
        QVERIFY(window.banner()->text().contains(QStringLiteral("the rules")));
        wizard->button(QWizard::FinishButton)->click();
        QVERIFY(CommitteeSettings::value(db, CommitteeSettings::Key::RulesReviewed).toBool());
        // Nothing is missing any more: the notice is gone (the banner hides when empty).
        QVERIFY2(!window.banner()->isVisible()
                     || !window.banner()->text().contains(QStringLiteral("Set-up not finished")),
                 qPrintable(window.banner()->text()));
    }

    void skippedPagesStayListedAsMissing()
    {
        auto s = settings();
        MainWindow window(*s);
        UserPrompts::setNextFileName(m_dir.filePath(QStringLiteral("skipped.db")));
        window.findChild<QAction*>(QStringLiteral("newCommitteeAction"))->trigger();
        auto* wizard = window.findChild<SetupWizard*>();
        QVERIFY(wizard);
        wizard->next(); // no name typed: skipped
        wizard->next();
        wizard->next();
        wizard->next();
        QCOMPARE(wizard->currentId(), int(SetupWizard::RulesPage));
        wizard->button(QWizard::FinishButton)->click();
        const QString notice = window.banner()->text();
        for (const QString& missing :
             { QStringLiteral("the committee's name"), QStringLiteral("the roster"),
               QStringLiteral("the holiday calendar"),
               QStringLiteral("the service level catalogue") })
            QVERIFY2(notice.contains(missing.toHtmlEscaped()), qPrintable(notice));
        QVERIFY(!notice.contains(QStringLiteral("the rules")));
    }

    void theDemoSaysItIsADemo()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        QVERIFY(DemoGenerator::generateFile(demo, options));
        auto s = settings();
        MainWindow window(*s);
        window.show();
        window.openDatabaseFile(demo);
        QVERIFY(window.database());
        QVERIFY2(window.banner()->text().contains(QStringLiteral("This is a demo committee")),
                 qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(QStringLiteral("File › New Committee…")));
        QVERIFY(!window.banner()->text().contains(QStringLiteral("Set-up not finished")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (!qEnvironmentVariable("CSC_SCREENSHOT_DIR").isEmpty()) {
            window.resize(1440, 900);
            QTest::qWait(300);
            snap(&window, QStringLiteral("demo-board"));
        }
    }

    void aMissingPathIsOnlyCreatedWhenTheUserSaysSo()
    {
        auto s = settings();
        MainWindow window(*s);
        const QString file = m_dir.filePath(QStringLiteral("asked.db"));
        UserPrompts::setNextAnswer(QMessageBox::No);
        window.openDatabaseFile(file);
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!window.database());
        UserPrompts::setNextAnswer(QMessageBox::Yes);
        window.openDatabaseFile(file);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(window.database());
    }

    void aZeroLengthFileIsRefusedInTheApp()
    {
        auto s = settings();
        MainWindow window(*s);
        const QString file = m_dir.filePath(QStringLiteral("zero.db"));
        test::writeFile(file, {});
        UserPrompts::takeShownMessages();
        window.openDatabaseFile(file);
        QVERIFY(!window.database());
        QVERIFY(anyMessageContains(UserPrompts::takeShownMessages(),
                                   QStringLiteral("not a CSC Desk database")));
        QCOMPARE(QFileInfo(file).size(), 0);
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
