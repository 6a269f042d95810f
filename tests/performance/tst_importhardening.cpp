// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken figure files: each bad line is named file:line:column, nothing
// is imported; counts are 64-bit end to end and bounded.
#include "SleFixture.h"
#include "TestSupport.h"
#include "core/performance/Evaluation.h"
#include "core/performance/FigureImporter.h"
#include "core/performance/FigureStore.h"
#include "core/storage/SqlQuery.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace csc;

namespace {

const QByteArray kHeader = "request_id,tld,category,metric,month,start,end,duration_seconds\n";
const QByteArray kGood = "R-1,example,I,Technical check results,2026-03,2026-03-02T10:00:00Z,"
                         "2026-03-02T10:30:00Z,\n";

} // namespace

class TestImportHardening : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    test::SleFixture m_sle;
    QTemporaryDir m_dir;

    ImportOutcome import(const QByteArray& bytes, const QString& name = QStringLiteral("f.csv"))
    {
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        auto r = FigureImporter::importDevice(*m_db, &buffer, name, data.size());
        if (!r) {
            qWarning() << r.error().fullText();
            return {};
        }
        return r.value();
    }

    qint64 rowCount(const QString& table)
    {
        return queryScalar(*m_db, QStringLiteral("SELECT count(*) FROM ") + table)
            .value()
            .toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::inMemoryOrFail();
        QVERIFY(m_db);
        QVERIFY(m_sle.seed(*m_db));
    }

    void badPerRequestLinesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QTest::newRow("duplicate id")
            << QByteArray("R-1,other,I,Technical check results,2026-03,2026-03-03T10:00:00Z,"
                          "2026-03-03T10:10:00Z,\n")
            << QStringLiteral("f.csv:3:1:") << QStringLiteral("already given on line 2");
        QTest::newRow("NUL in a field") << QByteArray(
            QByteArray("R-2,exa") + '\0' + "mple,I,Technical check results,2026-03,,,60\n")
                                        << QStringLiteral("f.csv:3:2:") << QStringLiteral("NUL");
        QTest::newRow("10 MB field")
            << QByteArray(QByteArray("R-2,") + QByteArray(10 * 1024 * 1024, 'x')
                          + ",I,Technical check results,2026-03,,,60\n")
            << QStringLiteral("f.csv:3:2:") << QStringLiteral("bytes long");
        QTest::newRow("zone +99:99")
            << QByteArray("R-2,example,I,Technical check results,2026-03,"
                          "2026-03-02T10:00:00+99:99,2026-03-02T10:30:00Z,\n")
            << QStringLiteral("f.csv:3:6:") << QStringLiteral("time zone offset");
        QTest::newRow("inf") << QByteArray("R-2,example,I,Technical check results,2026-03,,,inf\n")
                             << QStringLiteral("f.csv:3:8:") << QStringLiteral("not a duration");
        QTest::newRow("1e308") << QByteArray(
            "R-2,example,I,Technical check results,2026-03,,,1e308\n")
                               << QStringLiteral("f.csv:3:8:") << QStringLiteral("ten years");
        QTest::newRow("NaN") << QByteArray("R-2,example,I,Technical check results,2026-03,,,nan\n")
                             << QStringLiteral("f.csv:3:8:") << QStringLiteral("not a duration");
        QTest::newRow("leap second")
            << QByteArray("R-2,example,I,Technical check results,2026-03,"
                          "2026-03-02T23:59:60Z,2026-03-03T00:00:00Z,\n")
            << QStringLiteral("f.csv:3:6:") << QStringLiteral("leap second");
        QTest::newRow("years outside the month")
            << QByteArray("R-2,example,I,Technical check results,2026-03,"
                          "2019-03-02T10:00:00Z,2019-03-02T10:10:00Z,\n")
            << QStringLiteral("f.csv:3:6:") << QStringLiteral("far outside 2026-03");
        QTest::newRow("end years later")
            << QByteArray("R-2,example,I,Technical check results,2026-03,"
                          "2026-03-02T10:00:00Z,2031-03-02T10:10:00Z,\n")
            << QStringLiteral("f.csv:3:7:") << QStringLiteral("far outside 2026-03");
    }

    void badPerRequestLinesAreNamed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, where);
        QFETCH(QString, says);
        const ImportOutcome o = import(QByteArray(kHeader + kGood + line));
        QCOMPARE(o.status, ImportOutcome::Status::Invalid);
        QVERIFY(!o.problems.isEmpty());
        const QString text = o.problems.first().text();
        QVERIFY2(text.startsWith(where), qPrintable(text));
        QVERIFY2(text.contains(says), qPrintable(text));
        // Nothing at all was imported, not even the good line.
        QCOMPARE(rowCount(QStringLiteral("sle_request")), 0);
        QCOMPARE(rowCount(QStringLiteral("sle_figure")), 0);
        QCOMPARE(rowCount(QStringLiteral("sle_import")), 0);
    }

    void theGoodLinesAloneImport()
    {
        // The same file without its bad line is fine: the checks refuse only what is wrong.
        const ImportOutcome o = import(
            QByteArray(kHeader + kGood
                       + "R-2,example,I,Technical check results,2026-03,2026-02-27T10:00:00+14:00,"
                         "2026-03-31T23:59:59.5-12:00,\n"));
        QCOMPARE(o.status, ImportOutcome::Status::Imported);
        QCOMPARE(rowCount(QStringLiteral("sle_request")), 2);
    }

    void utf16FileSaysUtf16()
    {
        const QString text = QString::fromUtf8(QByteArray(kHeader + kGood));
        QByteArray le("\xFF\xFE", 2);
        le += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const ImportOutcome o = import(le, QStringLiteral("u16.csv"));
        QCOMPARE(o.status, ImportOutcome::Status::Invalid);
        QCOMPARE(o.problems.size(), 1);
        QVERIFY2(o.problems.first().text().startsWith(QStringLiteral("u16.csv:1:1:")),
                 qPrintable(o.problems.first().text()));
        QVERIFY2(o.problems.first().message.contains(QStringLiteral("UTF-16")),
                 qPrintable(o.problems.first().message));
        QVERIFY(!o.problems.first().message.contains(QStringLiteral("Unknown column")));
        // Without its byte-order mark too.
        QByteArray bare(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const ImportOutcome b = import(bare, QStringLiteral("u16.csv"));
        QCOMPARE(b.status, ImportOutcome::Status::Invalid);
        QVERIFY(b.problems.first().message.contains(QStringLiteral("UTF-16")));
        QCOMPARE(rowCount(QStringLiteral("sle_import")), 0);
    }

    void countOf2To32IsRefusedWithItsColumn()
    {
        const ImportOutcome o = import("month,category,metric,requests,met\n"
                                       "2026-03,I,Technical check results,4294967296,0\n");
        QCOMPARE(o.status, ImportOutcome::Status::Invalid);
        QVERIFY(!o.problems.isEmpty());
        QVERIFY2(o.problems.first().text().startsWith(QStringLiteral("f.csv:2:4:")),
                 qPrintable(o.problems.first().text()));
        QCOMPARE(rowCount(QStringLiteral("sle_figure")), 0);
        // Manual entry is bounded by the same rule.
        QVERIFY(!FigureStore::validate({ m_sle.checks, 4294967296LL, 0 }));
        QVERIFY(FigureStore::validate({ m_sle.checks, FigureStore::kMaxCount, 0 }));
    }

    void countsAre64BitWhenEvaluated()
    {
        // 2^32 handled, none met: a miss, never "no requests" (32 bits made it 0).
        const ServiceLevelVersion v
            = test::SleFixture::version(50, DurationUnit::Minutes, ThresholdType::Max, 95);
        double compliance = -1;
        QCOMPARE(Evaluation::judge(v, 4294967296LL, 0, &compliance), MetricStatus::Missed);
        QCOMPARE(compliance, 0.0);
        QCOMPARE(Evaluation::judge(v, 4294967296LL, 4294967296LL), MetricStatus::Met);

        // Read back from the database (a count stored by an older version or another tool).
        QVERIFY(execute(*m_db,
                        QStringLiteral("INSERT INTO sle_figure (service_level_id, month, "
                                       "requests, met) VALUES (?, '2026-03', 4294967296, 0)"),
                        { m_sle.checks }));
        const MonthEvaluation e = Evaluation::month(*m_db, QDate(2026, 3, 1)).value();
        bool found = false;
        for (const MetricEvaluation& m : e.metrics) {
            if (m.serviceLevelId == m_sle.checks) {
                found = true;
                QCOMPARE(m.requests, 4294967296LL);
                QCOMPARE(m.status, MetricStatus::Missed);
            }
        }
        QVERIFY(found);
        QCOMPARE(FigureStore::figures(*m_db, QDate(2026, 3, 1)).value().first().requests,
                 4294967296LL);
    }

    void notARegularFileIsRefused()
    {
        // /dev/zero never ends; a FIFO blocks; a folder is no file.
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString& path : { QStringLiteral("/dev/zero"), fifo, m_dir.path() }) {
            auto r = FigureImporter::importFile(*m_db, path);
            QVERIFY2(!r, qPrintable(path));
            QVERIFY2(r.error().message.contains(QStringLiteral("not a regular file"))
                         || r.error().message.contains(QStringLiteral("is a folder")),
                     qPrintable(r.error().message));
        }
        QCOMPARE(rowCount(QStringLiteral("sle_import")), 0);
    }

    void anEndlessLineIsNotKept()
    {
        // A line far beyond any line of figures is reported, not held in memory.
        const QByteArray huge
            = QByteArray(kHeader + QByteArray(70 * 1024 * 1024, 'a') + '\n' + kGood);
        const ImportOutcome o = import(huge);
        QCOMPARE(o.status, ImportOutcome::Status::Invalid);
        QVERIFY2(o.problems.first().text().startsWith(QStringLiteral("f.csv:2:")),
                 qPrintable(o.problems.first().text().left(200)));
        QVERIFY(o.problems.first().message.contains(QStringLiteral("longer than")));
    }
};

QTEST_GUILESS_MAIN(TestImportHardening)
#include "tst_importhardening.moc"
