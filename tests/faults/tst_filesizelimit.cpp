// SPDX-License-Identifier: GPL-3.0-or-later
// A write that cannot finish (a full disk, here a file size limit: ulimit -f)
// fails with a message in words naming the file, exits 2, and leaves the file
// that was there before exactly as it was.
#include "TestSupport.h"
#include "core/demo/DemoGenerator.h"
#include "core/performance/ServiceLevelCatalogue.h"
#include "core/storage/SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace csc;

namespace {

// cscdesk under `ulimit -f kib` (bash counts in 1024-byte blocks).
test::CommandResult runLimited(int kib, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
            QStringList { QStringLiteral("-c"),
                          QStringLiteral("ulimit -f %1 && exec \"$0\" \"$@\"").arg(kib),
                          QStringLiteral(CSC_APP_BINARY) }
                + args);
    test::CommandResult r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestFileSizeLimit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.asOf = QDate(2026, 11, 23);
        options.years = 1;
        QVERIFY(DemoGenerator::generateFile(m_db, options));
    }

    void exportOverTheLimitKeepsTheOldFile_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("findings report pdf")
            << QStringList { QStringLiteral("sle"),      QStringLiteral("report"),
                             QStringLiteral("--month"),  QStringLiteral("2026-10"),
                             QStringLiteral("--format"), QStringLiteral("pdf") }
            << QStringLiteral("findings.pdf");
        QTest::newRow("findings report html")
            << QStringList { QStringLiteral("sle"),      QStringLiteral("report"),
                             QStringLiteral("--month"),  QStringLiteral("2026-10"),
                             QStringLiteral("--format"), QStringLiteral("html") }
            << QStringLiteral("findings.html");
        QTest::newRow("calendar") << QStringList { QStringLiteral("calendar") }
                                  << QStringLiteral("committee.ics");
        QTest::newRow("work plan pdf")
            << QStringList { QStringLiteral("workplan"), QStringLiteral("export"),
                             QStringLiteral("--format"), QStringLiteral("pdf") }
            << QStringLiteral("workplan.pdf");
    }

    void exportOverTheLimitKeepsTheOldFile()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, fileName);
        const QString target = m_dir.filePath(fileName);
        const QStringList args = QStringList { QStringLiteral("--db"), m_db } + command
            + QStringList { QStringLiteral("--out"), target };

        // Without a limit: how large the file is.
        auto full = test::runCscDesk(args);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const qint64 size = QFileInfo(target).size();
        QVERIFY(size > 2048);

        const QByteArray old = "the report published last month\n";
        test::writeFile(target, old);
        const int limit = int(qMax<qint64>(1, size / 2 / 1024));
        // Held open here, the database's shared-memory file exists at its full size, so the
        // limit meets only the export (the command then reads the database read-only).
        auto holder = test::openOrFail(m_db);
        QVERIFY(holder);
        auto r = runLimited(limit, args);
        holder.reset();
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(fileName), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(test::fileBytes(target), old);
        // No temporary file is left beside it either.
        const QStringList left
            = QDir(m_dir.path())
                  .entryList({ fileName + QStringLiteral("*") }, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList { fileName });
        QFile::remove(target);
    }

    void importIntoADatabaseOverTheLimitSaysTheDiskIsFull()
    {
        // The database's own writes (its WAL) meet the limit: the words are the disk's,
        // never "the database refused the row", and nothing is imported.
        QString category;
        QString metric;
        qint64 imports = 0;
        {
            auto db = test::openOrFail(m_db);
            QVERIFY(db);
            for (const ServiceLevel& level : ServiceLevelCatalogue::all(*db).value()) {
                if (level.versionFor(QDate(2026, 10, 1)) && category.isEmpty()) {
                    category = level.category;
                    metric = level.metric;
                }
            }
            imports = queryScalar(*db, QStringLiteral("SELECT count(*) FROM sle_import"))
                          .value()
                          .toLongLong();
        }
        QVERIFY(!metric.isEmpty());
        QByteArray csv = "request_id,tld,category,metric,month,duration_seconds\n";
        const QByteArray tail
            = ",example," + category.toUtf8() + ",\"" + metric.toUtf8() + "\",2026-10,60\n";
        for (int i = 0; i < 40000; ++i)
            csv += "LIMIT-" + QByteArray::number(i) + tail;
        const QString file = m_dir.filePath(QStringLiteral("requests.csv"));
        test::writeFile(file, csv);

        auto r = runLimited(256,
                            { QStringLiteral("--db"), m_db, QStringLiteral("sle"),
                              QStringLiteral("import"), file, QStringLiteral("--replace") });
        QVERIFY2(r.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("disk is full")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("cannot be read")), qPrintable(r.err));
        auto db = test::openOrFail(m_db);
        QVERIFY(db);
        QCOMPARE(queryScalar(*db, QStringLiteral("SELECT count(*) FROM sle_import"))
                     .value()
                     .toLongLong(),
                 imports);
        QCOMPARE(queryScalar(*db, QStringLiteral("PRAGMA integrity_check")).value().toString(),
                 QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestFileSizeLimit)
#include "tst_filesizelimit.moc"
