// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line: exit codes, --version, demo.
#include "TestSupport.h"
#include "core/storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace csc;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void versionAndHelp()
    {
        // Without a display too: scripts ask for the version on servers.
        qunsetenv("QT_QPA_PLATFORM");
        qunsetenv("DISPLAY");
        auto version = test::runCscDesk({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("cscdesk ")));
        auto help = test::runCscDesk({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--db")));
        QVERIFY(help.out.contains(QStringLiteral("demo")));
    }

    void unknownCommandIsAUsageError()
    {
        auto r = test::runCscDesk({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("frobnicate")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void demoWritesAWalDatabase()
    {
        const QString file = m_dir.filePath(QStringLiteral("x.db"));
        auto r = test::runCscDesk({ QStringLiteral("demo"), QStringLiteral("--out"), file,
                                    QStringLiteral("--seed"), QStringLiteral("3") });
        QCOMPARE(r.exitCode, 0);
        auto db = test::openOrFail(file);
        QVERIFY(db);
        QCOMPARE(queryScalar(*db, QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db->schemaVersion(), Database::currentSchemaVersion());
    }

    void demoRefusesAnExistingFileAsADataError()
    {
        const QString file = m_dir.filePath(QStringLiteral("taken.db"));
        test::writeFile(file, "data");
        auto r = test::runCscDesk({ QStringLiteral("demo"), QStringLiteral("--out"), file });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(test::fileBytes(file), QByteArray("data"));
    }

    void badOptionValuesAreUsageErrors()
    {
        auto r = test::runCscDesk({ QStringLiteral("demo"), QStringLiteral("--out"),
                                    m_dir.filePath(QStringLiteral("y.db")),
                                    QStringLiteral("--years"), QStringLiteral("ten") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("--years")));
        auto missing = test::runCscDesk({ QStringLiteral("demo") });
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
