// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's standard options on cscdesk's command line (-style Fusion, --platform ...)
// in either spelling, and command lines that must be refused without a crash.
#include "TestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

bool exitedNormally(const test::CommandResult& r)
{
    // runCscDesk gives -1 for a crash (a signal) and for a hang.
    return r.exitCode == 0 || r.exitCode == 1 || r.exitCode == 2;
}

} // namespace

class TestQtOptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("x.db"));
        QVERIFY(test::createOrFail(m_db));
    }

    void qtOptionsBeforeACommand_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("-style Fusion")
            << QStringList { QStringLiteral("-style"), QStringLiteral("Fusion") };
        QTest::newRow("--style Fusion")
            << QStringList { QStringLiteral("--style"), QStringLiteral("Fusion") };
        QTest::newRow("-style=Fusion") << QStringList { QStringLiteral("-style=Fusion") };
        QTest::newRow("--style=Fusion") << QStringList { QStringLiteral("--style=Fusion") };
        QTest::newRow("-platform offscreen")
            << QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen") };
        QTest::newRow("--platform minimal")
            << QStringList { QStringLiteral("--platform"), QStringLiteral("minimal") };
        QTest::newRow("-reverse -stylesheet")
            << QStringList { QStringLiteral("-reverse"), QStringLiteral("-stylesheet"),
                             QStringLiteral("none.qss") };
    }

    void qtOptionsBeforeACommand()
    {
        QFETCH(QStringList, options);
        const QStringList args = QStringList { QStringLiteral("--db"), m_db } + options
            + QStringList { QStringLiteral("info") };
        auto r = test::runCscDesk(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("schema")), qPrintable(r.out));
        // And after the command's name, the same.
        auto after = test::runCscDesk(
            QStringList { QStringLiteral("--db"), m_db, QStringLiteral("info") } + options);
        QCOMPARE(after.exitCode, 0);
    }

    void badCommandLinesDoNotCrash_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString db = m_dir.filePath(QStringLiteral("x.db"));
        QTest::newRow("--db without value") << QStringList { QStringLiteral("--db") } << 1;
        QTest::newRow("-d without value") << QStringList { QStringLiteral("-d") } << 1;
        QTest::newRow("--section without value")
            << QStringList { QStringLiteral("--db"), db, QStringLiteral("--section") } << 1;
        QTest::newRow("empty command") << QStringList { QString() } << 1;
        QTest::newRow("unknown global option")
            << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("info") } << 1;
        QTest::newRow("style value only")
            << QStringList { QStringLiteral("-style"), QStringLiteral("Fusion"),
                             QStringLiteral("Fusion") }
            << 1; // "Fusion" after the option's value is an unknown command
        QTest::newRow("unknown platform")
            << QStringList { QStringLiteral("-platform"), QStringLiteral("nosuchplugin") } << 1;
        QTest::newRow("wildcard platform") << QStringList { QStringLiteral("--platform=*") } << 1;
        QTest::newRow("cases show without ref")
            << QStringList { QStringLiteral("--db"), db, QStringLiteral("cases"),
                             QStringLiteral("show") }
            << 1;
        QTest::newRow("sle status bad month")
            << QStringList { QStringLiteral("--db"),    db,
                             QStringLiteral("sle"),     QStringLiteral("status"),
                             QStringLiteral("--month"), QStringLiteral("9999-99") }
            << 1;
        QTest::newRow("sle without subcommand")
            << QStringList { QStringLiteral("--db"), db, QStringLiteral("sle") } << 1;
        QTest::newRow("folder as database")
            << QStringList { QStringLiteral("--db"), m_dir.path(), QStringLiteral("info") } << 2;
        QTest::newRow("not UTF-8")
            << QStringList { QString::fromLatin1("\xff\xfe"), QStringLiteral("-style") } << 1;
    }

    void badCommandLinesDoNotCrash()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        auto r = test::runCscDesk(args, 60000);
        QVERIFY2(exitedNormally(r),
                 qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!r.err.trimmed().isEmpty(), "a refused command line says why");
    }

    void theAppStartsWithAStyleOption()
    {
        // The GUI on the offscreen platform: it is up once it holds the database's lock.
        QProcess app;
        app.start(
            QStringLiteral(CSC_APP_BINARY),
            { QStringLiteral("--db"), m_db, QStringLiteral("-style"), QStringLiteral("Fusion") });
        QVERIFY(app.waitForStarted());
        const QString lock = m_db + QStringLiteral(".lock");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(lock) || app.state() == QProcess::NotRunning,
                                 120000);
        QVERIFY2(app.state() == QProcess::Running,
                 qPrintable(QString::fromLocal8Bit(app.readAllStandardError())));
        app.terminate();
        if (!app.waitForFinished(30000)) {
            app.kill();
            app.waitForFinished();
        }
    }
};

QTEST_GUILESS_MAIN(TestQtOptions)
#include "tst_qtoptions.moc"
