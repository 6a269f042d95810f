// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged, foreign and newer-version files opened through the main window: one
// clear message naming the file, the current database stays open, and the file
// is left byte for byte as it was.
#include "ui/MainWindow.h"
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"
#include "ui/widgets/UserPrompts.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// A plain SQLite file written without CSC Desk.
} // namespace

class TestBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void expectRefusedThroughTheWindow(const QString& file, const QString& expected)
    {
        const QByteArray bytes = test::fileBytes(file);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
        AppSettings settings(path(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        window.setDatabase(std::move(Database::open(m_demo)).value());
        window.show();
        UserPrompts::takeShownMessages();
        window.openDatabaseFile(file);
        const QStringList shown = UserPrompts::takeShownMessages();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(QFileInfo(file).fileName()), qPrintable(shown.first()));
        QVERIFY2(shown.first().contains(expected), qPrintable(shown.first()));
        QVERIFY(window.database());
        QCOMPARE(QFileInfo(window.database()->path()).fileName(), QStringLiteral("demo.db"));
        QVERIFY(!window.database()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));
        QCOMPARE(test::fileBytes(file), bytes);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        UserPrompts::setHeadless(true);
        m_demo = path(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        QVERIFY(DemoGenerator::generateFile(m_demo, options));
    }

    void damagedFile()
    {
        const QString file = path(QStringLiteral("damaged-committee.db"));
        QVERIFY(test::writeDamagedDatabase(file));
        expectRefusedThroughTheWindow(file, QStringLiteral("damaged"));
    }

    void foreignDatabase()
    {
        const QString file = path(QStringLiteral("music-library.db"));
        QVERIFY(test::writeRawDatabase(file,
                                       { QStringLiteral("CREATE TABLE songs(title TEXT)"),
                                         QStringLiteral("INSERT INTO songs VALUES ('x')") }));
        expectRefusedThroughTheWindow(file, QStringLiteral("another application"));
    }

    void newerVersion()
    {
        const QString file = path(QStringLiteral("from-the-future.db"));
        {
            auto db = test::createOrFail(file);
            QVERIFY(db);
        }
        QVERIFY(test::writeRawDatabase(file,
                                       { QStringLiteral("PRAGMA journal_mode = DELETE"),
                                         QStringLiteral("PRAGMA user_version = %1")
                                             .arg(Database::currentSchemaVersion() + 7) }));
        expectRefusedThroughTheWindow(file, QStringLiteral("newer CSC Desk"));
    }
};

QTEST_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
